package org.castellan.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.castellan.demo.DemoCredentials;
import org.castellan.demo.DemoSeeder;
import org.castellan.platform.DatabaseServer;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;

/**
 * {@code castellan demo}: the platform on its embedded database with a demo organization, sites, users and the
 * demo fleet, in its own data directory ({@code ./data/demo}) so that it never mixes with real data. Prints the
 * console address and the credentials once the console is up.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Run the platform with a demo organization, users and fleet (data in ./data/demo).")
class DemoCommand extends ServerCommand {
    static final Path DEFAULT_DATA_DIR = Path.of("data", "demo");

    @Override
    public Integer call() {
        if (dataDir == null) {
            dataDir = DEFAULT_DATA_DIR;
        }
        ConfigurableApplicationContext context = start(List.of("demo"));
        printBanner(context, System.out);
        return 0;
    }

    static void printBanner(ConfigurableApplicationContext context, PrintStream out) {
        String port = context.getEnvironment().getProperty("local.server.port", "8080");
        DemoCredentials credentials = context.getBean(DemoSeeder.class).credentials();
        String storage = context.getBean(DatabaseServer.class).description();
        StringBuilder banner = new StringBuilder()
                .append("\n================ Castellan demo is running ================\n")
                .append("Console:   http://localhost:").append(port).append("/\n")
                .append("API:       http://localhost:").append(port).append("/api/v1  (OpenAPI: /api/v1/openapi)\n")
                .append("Storage:   ").append(storage).append('\n')
                .append("Log in as:\n");
        credentials.users().forEach((user, password) ->
                banner.append(String.format("  %-11s %s%n", user, password)));
        credentials.fleet().forEach(line -> banner.append("Fleet:     ").append(line).append('\n'));
        banner.append("Stop with Ctrl-C. Data is kept in ").append(credentials.dataDirectory()).append('\n')
                .append("============================================================\n");
        out.print(banner);
        out.flush();
    }
}
