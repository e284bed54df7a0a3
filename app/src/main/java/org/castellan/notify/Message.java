package org.castellan.notify;

/** One message to one address through one channel. address: e-mail, phone (E.164), or the endpoint id for
 *  WEBHOOK/MQTT (as a decimal string). userId: the recipient user when a person. payload: JSON object sent by
 *  webhook/MQTT (the event or alarm), may be empty. eventId/alarmId/ruleId: what caused it (nullable). */
public record Message(long orgId, ChannelKind channel, String address, Long userId, String subject, String body,
                      java.util.Map<String, Object> payload, Long eventId, Long alarmId, Long ruleId) { }
