package org.castellan.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import tools.jackson.databind.JsonNode;

/** {@code castellan orgs …}: organizations over {@code /api/v1/orgs}. */
@Command(name = "orgs", description = "Organizations: list, show, create, update, delete.",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {OrgsCommand.Listing.class, OrgsCommand.Show.class, OrgsCommand.Create.class,
                OrgsCommand.Update.class, OrgsCommand.Delete.class})
final class OrgsCommand {
    static final String PATH = "/api/v1/orgs";
    static final Table TABLE = Table.of("ID", "id").with("NAME", "name").with("CODE", "code")
            .with("TIME ZONE", "timeZone");

    @Command(name = "list", description = "List the organizations you can see.")
    static final class Listing extends ListCommand {
        @Override
        protected String path() {
            return PATH;
        }

        @Override
        protected Table table() {
            return TABLE;
        }
    }

    @Command(name = "show", description = "Show one organization.")
    static final class Show extends ShowCommand {
        @Override
        protected String collection() {
            return PATH;
        }
    }

    @Command(name = "create", description = "Create an organization (platform administrator).")
    static final class Create extends ApiCommand {
        @Option(names = "--name", required = true, description = "Name, unique on the platform.")
        String name;

        @Option(names = "--code", required = true, description = "Short code: 1 to 32 letters, digits, '-' or '_'.")
        String code;

        @Option(names = "--time-zone", required = true, paramLabel = "ZONE", description = "IANA zone, e.g. Europe/Moscow.")
        String timeZone;

        @Override
        protected void run(ApiClient api) {
            printOne(api.post(PATH, Map.of("name", name, "code", code, "timeZone", timeZone)));
        }
    }

    @Command(name = "update", description = "Change an organization's name, code or time zone (administrator).")
    static final class Update extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Option(names = "--name")
        String name;

        @Option(names = "--code")
        String code;

        @Option(names = "--time-zone", paramLabel = "ZONE")
        String timeZone;

        @Override
        protected void run(ApiClient api) {
            JsonNode current = api.get(PATH + "/" + id);
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("name", name != null ? name : current.path("name").asString());
            form.put("code", code != null ? code : current.path("code").asString());
            form.put("timeZone", timeZone != null ? timeZone : current.path("timeZone").asString());
            printOne(api.put(PATH + "/" + id, form));
        }
    }

    @Command(name = "delete", description = "Delete an organization that has no sites (platform administrator).")
    static final class Delete extends DeleteCommand {
        @Override
        protected String collection() {
            return PATH;
        }

        @Override
        protected String noun() {
            return "organization";
        }
    }
}
