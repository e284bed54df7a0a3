package org.castellan.cli;

import java.util.HashMap;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;
import tools.jackson.databind.JsonNode;

/** {@code castellan tokens …}: the caller's own API tokens. */
@Command(name = "tokens", description = "Your API tokens: list, create, revoke.",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {TokensCommand.Listing.class, TokensCommand.Create.class, TokensCommand.Revoke.class})
final class TokensCommand {
    static final String PATH = "/api/v1/tokens";
    static final Table TABLE = Table.of("ID", "id").with("NAME", "name").with("PREFIX", "prefix")
            .with("CREATED", "createdAt").with("EXPIRES", "expiresAt").with("LAST USED", "lastUsedAt")
            .with("REVOKED", "revokedAt");

    @Command(name = "list", description = "List your tokens (never their secrets).")
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

    @Command(name = "create", description = "Issue a token to yourself; its secret is printed this once.")
    static final class Create extends ApiCommand {
        @Option(names = "--name", required = true, description = "What the token is for, e.g. 'backup script'.")
        String name;

        @Option(names = "--days", paramLabel = "N", description = "Valid for N days (default: until revoked).")
        Integer days;

        @Override
        protected void run(ApiClient api) {
            Map<String, Object> form = new HashMap<>();
            form.put("name", name);
            form.put("validDays", days);
            JsonNode issued = api.post(PATH, form);
            if (json()) {
                printJson(issued);
                return;
            }
            Table.printRecord(issued.path("token"), out());
            out().println();
            out().println("Secret (shown only this once; keep it like a password):");
            out().println(issued.path("secret").asString());
            out().flush();
        }
    }

    @Command(name = "revoke", description = "Revoke a token (yours, or one of a user you administer).")
    static final class Revoke extends ApiCommand {
        @Parameters(index = "0", paramLabel = "ID")
        long id;

        @Override
        protected void run(ApiClient api) {
            printOne(api.delete(PATH + "/" + id));
        }
    }
}
