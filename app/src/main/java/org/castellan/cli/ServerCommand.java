package org.castellan.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.castellan.CastellanApplication;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code castellan server}: runs the platform until it is stopped (Ctrl-C or SIGTERM stop it cleanly, the
 * embedded database included). Arguments it does not know are passed to Spring Boot, e.g.
 * {@code --castellan.db.url=jdbc:postgresql://db/castellan}.
 */
@Command(name = "server", mixinStandardHelpOptions = true,
        description = "Run the platform (embedded PostgreSQL unless CASTELLAN_DB_URL is set).")
class ServerCommand implements Callable<Integer> {
    /** True once a server is running, so that {@link Main} leaves the JVM alive for it. */
    static final AtomicBoolean RUNNING = new AtomicBoolean();

    @Option(names = "--port", description = "HTTP port of the console and API (default 8080).")
    Integer port;

    @Option(names = "--data-dir", description = "Directory of the embedded database and other files (default ./data).")
    Path dataDir;

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    @Override
    public Integer call() {
        start(List.of());
        return 0;
    }

    ConfigurableApplicationContext start(List<String> profiles) {
        return startWith(profiles, arguments());
    }

    /** Starts the application with these profiles and Spring arguments; the JVM then stays up for it. */
    ConfigurableApplicationContext startWith(List<String> profiles, List<String> args) {
        SpringApplication app = new SpringApplication(CastellanApplication.class);
        app.setAdditionalProfiles(profiles.toArray(String[]::new));
        ConfigurableApplicationContext context = app.run(args.toArray(String[]::new));
        RUNNING.set(true);
        return context;
    }

    List<String> arguments() {
        List<String> args = new ArrayList<>(springArguments);
        if (port != null) {
            args.add("--server.port=" + port);
        }
        if (dataDir != null) {
            args.add("--castellan.data.dir=" + dataDir);
        }
        return args;
    }
}
