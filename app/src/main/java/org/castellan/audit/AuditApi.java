package org.castellan.audit;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.Instant;
import java.util.List;
import org.castellan.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit log over the API; {@link AuditLog#search} lets administrators only. */
@RestController
@Tag(name = "Audit", description = "Who changed what, when, through which channel (administrators)")
class AuditApi {
    private final AuditLog audit;

    AuditApi(AuditLog audit) {
        this.audit = audit;
    }

    @GetMapping("/api/v1/audit")
    @Operation(summary = "Search the audit log, newest first")
    List<AuditEntry> search(CurrentUser user,
                            @RequestParam(required = false) Long orgId,
                            @Parameter(description = "Part of the actor's user name") @RequestParam(required = false) String actor,
                            @Parameter(description = "e.g. organization, site, zone, user, api_token, device")
                            @RequestParam(required = false) String entityType,
                            @RequestParam(required = false) String entityId,
                            @Parameter(description = "ISO-8601 instant, inclusive") @RequestParam(required = false) Instant from,
                            @Parameter(description = "ISO-8601 instant, exclusive") @RequestParam(required = false) Instant to,
                            @Parameter(description = "At most this many (default 200, at most 1000)")
                            @RequestParam(defaultValue = "200") int limit) {
        return audit.search(user, new AuditFilter(orgId, actor, entityType, entityId, from, to, limit));
    }
}
