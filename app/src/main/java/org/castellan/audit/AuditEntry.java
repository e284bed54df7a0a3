package org.castellan.audit;

import com.fasterxml.jackson.annotation.JsonRawValue;
import java.time.Instant;
import org.castellan.platform.Channel;

/**
 * One line of the audit log. {@code before} and {@code after} are JSON snapshots (null on create / delete); the
 * API embeds them as JSON values rather than as strings holding JSON.
 */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, Channel channel, Long orgId,
                         String entityType, String entityId, AuditAction action, @JsonRawValue String before,
                         @JsonRawValue String after) {
}
