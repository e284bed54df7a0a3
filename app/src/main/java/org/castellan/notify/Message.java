package org.castellan.notify;
public record Message(long orgId, ChannelKind channel, String address, Long userId, String subject, String body,
                      java.util.Map<String, Object> payload, Long eventId, Long alarmId, Long ruleId) { }
