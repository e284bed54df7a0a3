package org.castellan.audit;

import java.time.Instant;
import org.castellan.platform.Channel;

/** One line of the audit log. {@code before} and {@code after} are JSON snapshots (null on create / delete). */
public record AuditEntry(long id, Instant at, Long actorId, String actorName, Channel channel, Long orgId,
                         String entityType, String entityId, AuditAction action, String before, String after) {
}
