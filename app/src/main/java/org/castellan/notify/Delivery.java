package org.castellan.notify;

/** One recorded {@link Message} and how its sending went (table {@code notification_delivery}). */
public record Delivery(long id, long orgId, ChannelKind channel, String address, Long userId, String subject,
                       String body, DeliveryStatus status, int attempts, String lastError, java.time.Instant queuedAt,
                       java.time.Instant sentAt, java.time.Instant nextAttemptAt, Long eventId, Long alarmId, Long ruleId) { }
