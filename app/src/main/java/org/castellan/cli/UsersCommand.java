package org.castellan.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import tools.jackson.databind.JsonNode;

/**
 * {@code castellan users …}: user administration. There is no delete: users are disabled. A new user's password
 * never appears on the command line: it comes from {@code CASTELLAN_NEW_PASSWORD} or is asked twice at the
 * terminal; a script without the variable is refused before anything is sent.
 */
@Command(name = "users", description = "Users: list, show, create, disable, enable (administrator).",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {UsersCommand.Listing.class, UsersCommand.Show.class, UsersCommand.Create.class,
                UsersCommand.Disable.class, UsersCommand.Enable.class})
final class UsersCommand {
    static final String PATH = "/api/v1/users";
    static final String NEW_PASSWORD = "CASTELLAN_NEW_PASSWORD";
    static final Table TABLE = Table.of("ID", "id").with("USERNAME", "username").with("NAME", "displayName")
            .with("ROLES", "roles").with("ORGS", u -> u.path("allOrgs").asBoolean() ? "all" : Table.text(u.path("orgIds")))
            .with("ENABLED", "enabled");

    @Command(name = "list", description = "List the users you administer.")
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

    @Command(name = "show", description = "Show one user.")
    static final class Show extends ShowCommand {
        @Override
        protected String collection() {
            return PATH;
        }
    }

    @Command(name = "create", description = "Create a user. Password from $" + NEW_PASSWORD + ", else asked twice.")
    static final class Create extends ApiCommand {
        @Option(names = "--username", required = true, description = "Login name: 2 to 64 letters, digits or . _ @ -")
        String username;

        @Option(names = "--display-name", required = true, paramLabel = "NAME", description = "Name shown to people.")
        String displayName;

        @Option(names = "--role", required = true, paramLabel = "ROLE",
                description = "ADMIN, DISPATCHER, ENGINEER, TIMEKEEPER or VIEWER; repeat for several.")
        List<String> roles = new ArrayList<>();

        @Option(names = "--org", paramLabel = "ID", description = "Organization the user works in; repeat for several.")
        List<Long> orgIds = new ArrayList<>();

        @Option(names = "--all-orgs", description = "Every organization (platform administrators only may grant it).")
        boolean allOrgs;

        @Option(names = "--locale", defaultValue = "en", description = "en, ru or zh (default: ${DEFAULT-VALUE}).")
        String locale;

        @Option(names = "--time-zone", defaultValue = "UTC", paramLabel = "ZONE",
                description = "IANA zone (default: ${DEFAULT-VALUE}).")
        String timeZone;

        @Override
        protected void run(ApiClient api) {
            Map<String, Object> form = new LinkedHashMap<>();
            form.put("username", username);
            form.put("displayName", displayName);
            form.put("password", newPassword());
            form.put("roles", roles.stream().map(r -> r.trim().toUpperCase()).toList());
            form.put("orgIds", orgIds);
            form.put("allOrgs", allOrgs);
            form.put("locale", locale);
            form.put("timeZone", timeZone);
            form.put("enabled", true);
            printOne(api.post(PATH, form));
        }

        private String newPassword() {
            Optional<String> fromEnvironment = environment().nonBlank(NEW_PASSWORD);
            if (fromEnvironment.isPresent()) {
                return fromEnvironment.get();
            }
            String refusal = "no password for the new user: set " + NEW_PASSWORD + " (nobody at a terminal to ask)";
            char[] first = environment().askSecret("Password for " + username + ": ")
                    .orElseThrow(() -> new CliException(ExitCodes.USAGE, refusal));
            char[] again = environment().askSecret("Repeat the password: ")
                    .orElseThrow(() -> new CliException(ExitCodes.USAGE, refusal));
            try {
                if (!Arrays.equals(first, again)) {
                    throw new CliException(ExitCodes.USAGE, "the two passwords differ; nothing was created");
                }
                return new String(first);
            } finally {
                Environment.wipe(first);
                Environment.wipe(again);
            }
        }
    }

    /** Sets {@code enabled} by reading the user and writing it back unchanged otherwise (the API has no PATCH). */
    abstract static class SetEnabled extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "User id.")
        long id;

        abstract boolean enabled();

        @Override
        protected void run(ApiClient api) {
            JsonNode user = api.get(PATH + "/" + id);
            Map<String, Object> form = new LinkedHashMap<>();
            for (String field : List.of("username", "displayName", "roles", "allOrgs", "locale", "timeZone")) {
                form.put(field, user.get(field));
            }
            form.put("orgIds", assignableOrganizations(api, user));
            form.put("password", "");
            form.put("enabled", enabled());
            printOne(api.put(PATH + "/" + id, form));
        }

        /**
         * An administrator scoped to some organizations sends only those; the server keeps the user's other
         * memberships as they are (and refuses organizations the caller cannot assign).
         */
        private static Set<Long> assignableOrganizations(ApiClient api, JsonNode user) {
            Set<Long> orgIds = new LinkedHashSet<>();
            user.path("orgIds").forEach(id -> orgIds.add(id.asLong()));
            JsonNode me = api.get("/api/v1/me");
            if (!me.path("allOrgs").asBoolean()) {
                Set<Long> mine = new LinkedHashSet<>();
                me.path("orgIds").forEach(id -> mine.add(id.asLong()));
                orgIds.retainAll(mine);
            }
            return orgIds;
        }
    }

    @Command(name = "disable", description = "Disable a user: their logins and tokens stop working at once.")
    static final class Disable extends SetEnabled {
        @Override
        boolean enabled() {
            return false;
        }
    }

    @Command(name = "enable", description = "Enable a disabled user again.")
    static final class Enable extends SetEnabled {
        @Override
        boolean enabled() {
            return true;
        }
    }
}
