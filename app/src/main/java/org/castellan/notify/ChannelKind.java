package org.castellan.notify;
public enum ChannelKind { EMAIL, SMS, WEBHOOK, MQTT }
