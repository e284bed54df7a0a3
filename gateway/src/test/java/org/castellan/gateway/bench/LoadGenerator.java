package org.castellan.gateway.bench;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.TreeMap;

/**
 * The load JVM of {@code bench/gateway-load.sh}: emulated modems and pollers against a {@link GatewayUnderLoad} in
 * another JVM, one phase per run. Prints table rows on stdout ({@link Report}), progress on stderr; asks the gateway
 * to stop at the end.
 *
 * <p>Arguments: the phase — {@code sessions-ports} ({@link SessionsPhase}, per-modem poller ports),
 * {@code sessions-shared} ({@link SessionsPhase}, shared poller port), {@code relay} ({@link RelayPhase}),
 * {@code storm} ({@link StormPhase}) — then {@code modem=PORT control=PORT} and, for {@code sessions-shared},
 * {@code shared=PORT}: what the gateway printed when ready.
 */
public final class LoadGenerator {

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        String phase = args[0];
        Map<String, Integer> ports = new TreeMap<>();
        for (int i = 1; i < args.length; i++) {
            int eq = args[i].indexOf('=');
            ports.put(args[i].substring(0, eq), Integer.parseInt(args[i].substring(eq + 1)));
        }
        var gateway = new InetSocketAddress(InetAddress.getLoopbackAddress(), ports.get("modem"));
        try (Control control = new Control(ports.get("control"));
             Modems modems = new Modems(gateway)) {
            switch (phase) {
                case "sessions-ports" -> new SessionsPhase(control, modems, -1).run();
                case "sessions-shared" -> new SessionsPhase(control, modems, ports.get("shared")).run();
                case "relay" -> new RelayPhase(control, modems).run();
                case "storm" -> new StormPhase(control, modems).run();
                default -> throw new IllegalArgumentException("phase: expected sessions-ports, sessions-shared, relay"
                        + " or storm, found " + phase);
            }
        }
    }
}
