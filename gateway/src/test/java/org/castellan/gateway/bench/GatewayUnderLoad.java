package org.castellan.gateway.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.TreeMap;
import org.castellan.gateway.GatewaySettings;
import org.castellan.gateway.InMemoryModemDirectory;
import org.castellan.gateway.ModemListener;
import org.castellan.gateway.PollerPortMode;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.LengthPrefixedImeiRecogniser;

/**
 * The gateway JVM of {@code bench/gateway-load.sh}: a {@link ModemListener} on 127.0.0.1 (OS-picked modem port, field
 * defaults otherwise: silence 150 s, TURNS, COLPROT or raw as the modem says) with the settings given as arguments,
 * and a control socket for the {@link LoadGenerator} in the other JVM.
 *
 * <p>Arguments: {@code pollerPorts=ON_FIRST_CONNECT|ON_START|OFF} (default ON_FIRST_CONNECT),
 * {@code sharedPort=on|off} (default off). Prints {@code ready modem=P shared=S control=C} (S = -1 without a shared
 * port) on stdout once bound, then serves one control connection at a time ({@link ControlCommands}) until
 * {@code quit}.
 *
 * <p>Poller ports are OS-picked (directory base 0): the field base 35000 lies inside Linux's ephemeral range
 * (32768–60999), where the generator's own client sockets would collide with them.
 */
public final class GatewayUnderLoad {

    private static final System.Logger LOG = System.getLogger(GatewayUnderLoad.class.getName());

    private GatewayUnderLoad() {
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = options(args);
        PollerPortMode mode = PollerPortMode.valueOf(options.getOrDefault("pollerPorts", "ON_FIRST_CONNECT"));
        boolean shared = options.getOrDefault("sharedPort", "off").equals("on");
        // logging is set up now: at the open-file limit java.util.logging could not read its configuration file
        LOG.log(System.Logger.Level.INFO, "gateway under load: poller ports {0}, shared port {1}", mode, shared);
        ProcessGauges gauges = new ProcessGauges();
        SessionTally tally = new SessionTally();
        Clock clock = Clock.systemUTC();
        IdentificationChain chain = IdentificationChain.builder(clock)
                .then(AtImeiRecogniser.defaults(clock))
                .then(LengthPrefixedImeiRecogniser.plain())
                .build();
        GatewaySettings settings = GatewaySettings.defaults("127.0.0.1", 0, chain)
                .withPollerPorts(mode)
                .withSharedPollerPort(shared ? 0 : GatewaySettings.NO_SHARED_PORT);
        try (ModemListener listener = ModemListener.start(settings, new InMemoryModemDirectory(0), tally);
             ServerSocket control = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            System.out.printf("ready modem=%d shared=%d control=%d%n", listener.port(),
                    listener.sharedPollerPort().orElse(-1), control.getLocalPort());
            System.out.flush();
            ControlCommands commands = new ControlCommands(listener, tally, gauges);
            boolean quit = false;
            while (!quit) {
                try (Socket connection = control.accept()) {
                    quit = serve(connection, commands);
                }
            }
        }
    }

    /** Answers one line per command line; @return whether {@code quit} came. */
    private static boolean serve(Socket connection, ControlCommands commands) throws IOException {
        var in = new BufferedReader(new InputStreamReader(connection.getInputStream(), StandardCharsets.US_ASCII));
        var out = new PrintWriter(connection.getOutputStream(), true, StandardCharsets.US_ASCII);
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("quit")) {
                out.println("bye");
                return true;
            }
            String answer;
            try {
                answer = commands.answer(line.trim().split(" +"));
            } catch (RuntimeException | InterruptedException e) {
                answer = "error=" + e.toString().replace(' ', '_');
            }
            out.println(answer);
        }
        return false;
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new TreeMap<>();
        for (String arg : args) {
            int eq = arg.indexOf('=');
            if (eq < 1) {
                throw new IllegalArgumentException("argument: expected key=value, found " + arg);
            }
            options.put(arg.substring(0, eq), arg.substring(eq + 1));
        }
        return options;
    }
}
