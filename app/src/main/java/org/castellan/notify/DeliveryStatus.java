package org.castellan.notify;

/**
 * Where a {@link Delivery} stands: QUEUED until the first attempt, RETRYING after a failed attempt with more to come,
 * SENT or FAILED at the end, SUPPRESSED when a rule decided not to send it (quiet hours, grace) — never sent.
 */
public enum DeliveryStatus { QUEUED, RETRYING, SENT, FAILED, SUPPRESSED }
