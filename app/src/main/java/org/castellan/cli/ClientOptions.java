package org.castellan.cli;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options every API tool shares: which server, as whom, and how to print. Credentials come from the first
 * of: {@code --token}; {@code --user} (password from {@code --password}, {@code CASTELLAN_PASSWORD} or a
 * prompt); {@code CASTELLAN_TOKEN}; {@code CASTELLAN_USER} (password likewise). Options beat the environment.
 */
public class ClientOptions {
    static final String DEFAULT_SERVER = "http://localhost:8080";

    @Option(names = "--server", paramLabel = "URL",
            description = "Castellan server (default: $CASTELLAN_SERVER, else " + DEFAULT_SERVER + ").")
    String server;

    @Option(names = "--user", paramLabel = "NAME",
            description = "Log in as this user (HTTP Basic; default: $CASTELLAN_USER).")
    String user;

    @Option(names = "--password", paramLabel = "PASSWORD",
            description = "Password of --user (default: $CASTELLAN_PASSWORD, else asked at the terminal). "
                    + "Prefer the variable: command lines are visible to other users of the machine.")
    String password;

    @Option(names = "--token", paramLabel = "TOKEN",
            description = "API token (cst_…) instead of a password (default: $CASTELLAN_TOKEN).")
    String token;

    @Option(names = {"-o", "--output"}, paramLabel = "FORMAT", defaultValue = "table",
            description = "table (default) or json.")
    Output output;

    /** Resolves server and credentials and returns a client; asks for a missing password when a person is there. */
    ApiClient connect(Environment env) {
        return new ApiClient(server(env), authorization(env));
    }

    URI server(Environment env) {
        String url = Optional.ofNullable(server).filter(s -> !s.isBlank())
                .or(() -> env.nonBlank("CASTELLAN_SERVER")).orElse(DEFAULT_SERVER).trim();
        URI uri;
        try {
            uri = URI.create(url.endsWith("/") ? url.substring(0, url.length() - 1) : url);
        } catch (IllegalArgumentException e) {
            uri = null;
        }
        if (uri == null || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            throw new CliException(ExitCodes.USAGE, "the server must be an http:// or https:// URL, not '" + url + "'");
        }
        return uri;
    }

    /** The Authorization header value, or null to call anonymously (the server will say 401). */
    String authorization(Environment env) {
        if (token != null && !token.isBlank()) {
            return bearer(token);
        }
        if (user != null && !user.isBlank()) {
            return basic(user, env);
        }
        Optional<String> envToken = env.nonBlank("CASTELLAN_TOKEN");
        if (envToken.isPresent()) {
            return bearer(envToken.get());
        }
        return env.nonBlank("CASTELLAN_USER").map(name -> basic(name, env)).orElse(null);
    }

    private static String bearer(String token) {
        return "Bearer " + token.trim();
    }

    private String basic(String name, Environment env) {
        String secret = Optional.ofNullable(password).or(() -> Optional.ofNullable(env.variable("CASTELLAN_PASSWORD")))
                .orElseGet(() -> {
                    char[] typed = env.askSecret("Password for " + name + ": ").orElseThrow(() -> new CliException(
                            ExitCodes.USAGE, "no password for " + name + ": set CASTELLAN_PASSWORD, use --token, "
                            + "or run at a terminal to be asked"));
                    String value = new String(typed);
                    Environment.wipe(typed);
                    return value;
                });
        return "Basic " + Base64.getEncoder().encodeToString((name + ":" + secret).getBytes(StandardCharsets.UTF_8));
    }
}
