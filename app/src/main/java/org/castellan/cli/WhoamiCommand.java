package org.castellan.cli;

import picocli.CommandLine.Command;

/** {@code castellan whoami}: who the server takes the given credentials for; a quick check of a token. */
@Command(name = "whoami", mixinStandardHelpOptions = true,
        description = "Show who the server takes you for: user, roles, organizations.")
final class WhoamiCommand extends ApiCommand {
    @Override
    protected void run(ApiClient api) {
        printOne(api.get("/api/v1/me"));
    }
}
