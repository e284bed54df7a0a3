package org.castellan.cli;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code castellan devices …}: the device registry. */
@Command(name = "devices", description = "Devices: list, show, create, delete.",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {DevicesCommand.Listing.class, DevicesCommand.Show.class, DevicesCommand.Create.class,
                DevicesCommand.Delete.class})
final class DevicesCommand {
    static final String PATH = "/api/v1/devices";
    static final String KINDS = "MODEM, HEAT_METER, READER, ATTENDANCE_TERMINAL, GSM_MODEM or EQUIPMENT";

    @Command(name = "list", description = "List devices of your organizations.")
    static final class Listing extends ListCommand {
        @Option(names = "--org", paramLabel = "ID")
        Long orgId;

        @Option(names = "--site", paramLabel = "ID")
        Long siteId;

        @Option(names = "--kind", description = KINDS + ".")
        String kind;

        @Option(names = "--state", description = "UNKNOWN, ONLINE or OFFLINE.")
        String state;

        @Option(names = {"-q", "--search"}, paramLabel = "TEXT", description = "Part of the name or identifier.")
        String text;

        @Override
        protected String path() {
            return PATH;
        }

        @Override
        protected Map<String, ?> query() {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("orgId", orgId);
            query.put("siteId", siteId);
            query.put("kind", kind == null ? null : kind.trim().toUpperCase());
            query.put("state", state == null ? null : state.trim().toUpperCase());
            query.put("q", text);
            return query;
        }

        @Override
        protected Table table() {
            return Table.of("ID", "id").with("ORG", "orgId").with("SITE", "siteId").with("KIND", "kind")
                    .with("NAME", "name").with("IDENTIFIER", "identifier").with("STATE", "state")
                    .with("LAST SEEN", "lastSeenAt");
        }
    }

    @Command(name = "show", description = "Show one device.")
    static final class Show extends ShowCommand {
        @Override
        protected String collection() {
            return PATH;
        }
    }

    @Command(name = "create", description = "Register a device (administrator or engineer).")
    static final class Create extends ApiCommand {
        @Option(names = "--org", required = true, paramLabel = "ID")
        long orgId;

        @Option(names = "--kind", required = true, description = KINDS + ".")
        String kind;

        @Option(names = "--name", required = true)
        String name;

        @Option(names = "--identifier", required = true, description = "Serial number, IMEI or bus address.")
        String identifier;

        @Option(names = "--site", paramLabel = "ID")
        Long siteId;

        @Option(names = "--zone", paramLabel = "ID", description = "Zone of --site.")
        Long zoneId;

        @Option(names = "--set", paramLabel = "KEY=VALUE", description = "Connection setting, e.g. host=10.0.0.5; repeatable.")
        Map<String, String> connection = new LinkedHashMap<>();

        @Override
        protected void run(ApiClient api) {
            Map<String, Object> form = new HashMap<>();
            form.put("orgId", orgId);
            form.put("siteId", siteId);
            form.put("zoneId", zoneId);
            form.put("kind", kind.trim().toUpperCase());
            form.put("name", name);
            form.put("identifier", identifier);
            form.put("connection", connection);
            printOne(api.post(PATH, form));
        }
    }

    @Command(name = "delete", description = "Remove a device (administrator or engineer).")
    static final class Delete extends DeleteCommand {
        @Override
        protected String collection() {
            return PATH;
        }

        @Override
        protected String noun() {
            return "device";
        }
    }
}
