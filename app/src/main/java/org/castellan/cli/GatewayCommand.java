package org.castellan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Unmatched;

/**
 * {@code castellan gateway}: the modem gateway alone (no console, no API), against the database of a running
 * platform — for fleets that need their own gateway node (DESIGN "Scale"). With {@code CASTELLAN_DB_URL} set it uses
 * that server; otherwise it finds the embedded PostgreSQL the platform started under {@code --data-dir} (from its
 * {@code postmaster.pid}). Run the platform itself with {@code --castellan.gateway.enabled=false} then, so that only
 * this node holds the modem ports. Commands from the console reach the modems through the database.
 */
@Command(name = "gateway", mixinStandardHelpOptions = true,
        description = "Run the modem gateway alone against a running platform's database.")
final class GatewayCommand implements Callable<Integer> {
    /** The embedded server's superuser ({@code EmbeddedPostgres.superuser()}). */
    static final String EMBEDDED_USER = "postgres";

    @Option(names = "--data-dir", description = "The platform's data directory, to find its embedded database "
            + "(default ./data).")
    Path dataDir = Path.of("data");

    @Unmatched
    List<String> springArguments = new ArrayList<>();

    private final Environment environment;

    GatewayCommand() {
        this(Environment.system());
    }

    GatewayCommand(Environment environment) {
        this.environment = environment;
    }

    @Override
    public Integer call() {
        List<String> args = new ArrayList<>(springArguments);
        String url = environment.variable("CASTELLAN_DB_URL");
        boolean external = (url != null && !url.isBlank())
                || args.stream().anyMatch(a -> a.startsWith("--castellan.db.url="));
        if (!external) {
            args.add("--castellan.db.url=" + embeddedUrl(dataDir.resolve("postgres")));
            args.add("--castellan.db.user=" + EMBEDDED_USER);
        }
        args.add("--castellan.data.dir=" + dataDir);
        if (args.stream().noneMatch(a -> a.startsWith("--castellan.gateway.node="))) {
            // beside the platform on the same host, the node needs a name of its own ("which node holds a modem")
            args.add("--castellan.gateway.node=" + GatewayNodeName.host() + "-gateway");
        }
        new ServerCommand().startWith(List.of("gateway"), args);
        return ExitCodes.OK;
    }

    /** This host's name, for the default node name. */
    static final class GatewayNodeName {
        static String host() {
            try {
                return java.net.InetAddress.getLocalHost().getHostName();
            } catch (java.net.UnknownHostException e) {
                return "localhost";
            }
        }
    }

    /** The running embedded server's address: line 4 of {@code postmaster.pid} is its port (PostgreSQL docs §19.3). */
    static String embeddedUrl(Path cluster) {
        Path pid = cluster.resolve("postmaster.pid");
        List<String> lines;
        try {
            lines = Files.readAllLines(pid);
        } catch (IOException e) {
            throw new CliException(ExitCodes.UNREACHABLE, "no running Castellan database under " + cluster
                    + " (no postmaster.pid): start `castellan server` first, or set CASTELLAN_DB_URL");
        }
        if (lines.size() < 4 || !lines.get(3).trim().matches("[0-9]{1,5}")) {
            throw new CliException(ExitCodes.UNREACHABLE, pid + " does not name a port; is the server starting?");
        }
        return "jdbc:postgresql://127.0.0.1:" + lines.get(3).trim() + "/castellan";
    }
}
