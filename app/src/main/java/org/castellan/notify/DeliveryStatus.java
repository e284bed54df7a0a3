package org.castellan.notify;
public enum DeliveryStatus { QUEUED, RETRYING, SENT, FAILED, SUPPRESSED }
