package org.castellan.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** {@code castellan sites …}: sites of an organization. */
@Command(name = "sites", description = "Sites of an organization: list, show, create, delete.",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {SitesCommand.Listing.class, SitesCommand.Show.class, SitesCommand.Create.class,
                SitesCommand.Delete.class})
final class SitesCommand {
    static final String PATH = "/api/v1/sites";

    @Command(name = "list", description = "List the sites of an organization.")
    static final class Listing extends ListCommand {
        @Option(names = "--org", required = true, paramLabel = "ID", description = "Organization id.")
        long orgId;

        @Override
        protected String path() {
            return OrgsCommand.PATH + "/" + orgId + "/sites";
        }

        @Override
        protected Table table() {
            return Table.of("ID", "id").with("ORG", "orgId").with("NAME", "name").with("ADDRESS", "address")
                    .with("TIME ZONE", "timeZone");
        }
    }

    @Command(name = "show", description = "Show one site.")
    static final class Show extends ShowCommand {
        @Override
        protected String collection() {
            return PATH;
        }
    }

    @Command(name = "create", description = "Create a site in an organization (administrator).")
    static final class Create extends ApiCommand {
        @Option(names = "--org", required = true, paramLabel = "ID", description = "Organization id.")
        long orgId;

        @Option(names = "--name", required = true, description = "Name, unique in the organization.")
        String name;

        @Option(names = "--address")
        String address;

        @Option(names = "--time-zone", paramLabel = "ZONE", description = "IANA zone (default: the organization's).")
        String timeZone;

        @Override
        protected void run(ApiClient api) {
            Map<String, Object> form = new HashMap<>();
            form.put("name", name);
            form.put("address", address);
            form.put("timeZone", timeZone);
            printOne(api.post(OrgsCommand.PATH + "/" + orgId + "/sites", form));
        }
    }

    @Command(name = "delete", description = "Delete a site that has no zones or devices (administrator).")
    static final class Delete extends DeleteCommand {
        @Override
        protected String collection() {
            return PATH;
        }

        @Override
        protected String noun() {
            return "site";
        }
    }
}
