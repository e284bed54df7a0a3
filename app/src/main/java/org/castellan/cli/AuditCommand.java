package org.castellan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code castellan audit}: the newest audit-log lines (administrators). */
@Command(name = "audit", mixinStandardHelpOptions = true,
        description = "Show the audit log, newest first (administrator).")
final class AuditCommand extends ListCommand {
    @Option(names = "--entity-type", paramLabel = "TYPE", description = "organization, site, zone, user, api_token, device…")
    String entityType;

    @Option(names = "--entity-id", paramLabel = "ID")
    String entityId;

    @Option(names = "--actor", paramLabel = "NAME", description = "Part of the user name of who made the change.")
    String actor;

    @Option(names = "--org", paramLabel = "ID")
    Long orgId;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N lines (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    protected String path() {
        return "/api/v1/audit";
    }

    @Override
    protected Map<String, ?> query() {
        Map<String, Object> query = new LinkedHashMap<>();
        query.put("entityType", entityType);
        query.put("entityId", entityId);
        query.put("actor", actor);
        query.put("orgId", orgId);
        query.put("limit", limit);
        return query;
    }

    @Override
    protected Table table() {
        return Table.of("AT", "at").with("ACTOR", "actorName").with("CHANNEL", "channel").with("ACTION", "action")
                .with("ENTITY", "entityType").with("ID", "entityId").with("ORG", "orgId");
    }
}
