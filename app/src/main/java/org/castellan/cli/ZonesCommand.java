package org.castellan.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code castellan zones …}: zones of a site. */
@Command(name = "zones", description = "Zones of a site: list, show, create, delete.",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {ZonesCommand.Listing.class, ZonesCommand.Show.class, ZonesCommand.Create.class,
                ZonesCommand.Delete.class})
final class ZonesCommand {
    static final String PATH = "/api/v1/zones";

    @Command(name = "list", description = "List the zones of a site.")
    static final class Listing extends ListCommand {
        @Option(names = "--site", required = true, paramLabel = "ID", description = "Site id.")
        long siteId;

        @Override
        protected String path() {
            return SitesCommand.PATH + "/" + siteId + "/zones";
        }

        @Override
        protected Table table() {
            return Table.of("ID", "id").with("SITE", "siteId").with("NAME", "name").with("DESCRIPTION", "description");
        }
    }

    @Command(name = "show", description = "Show one zone.")
    static final class Show extends ShowCommand {
        @Override
        protected String collection() {
            return PATH;
        }
    }

    @Command(name = "create", description = "Create a zone in a site (administrator).")
    static final class Create extends ApiCommand {
        @Option(names = "--site", required = true, paramLabel = "ID", description = "Site id.")
        long siteId;

        @Option(names = "--name", required = true, description = "Name, unique in the site.")
        String name;

        @Option(names = "--description")
        String description;

        @Override
        protected void run(ApiClient api) {
            Map<String, Object> form = new HashMap<>();
            form.put("name", name);
            form.put("description", description);
            printOne(api.post(SitesCommand.PATH + "/" + siteId + "/zones", form));
        }
    }

    @Command(name = "delete", description = "Delete a zone that has no devices (administrator).")
    static final class Delete extends DeleteCommand {
        @Override
        protected String collection() {
            return PATH;
        }

        @Override
        protected String noun() {
            return "zone";
        }
    }
}
