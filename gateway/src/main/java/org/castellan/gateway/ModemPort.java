package org.castellan.gateway;

import java.util.Objects;
import org.castellan.irz.ident.IdentificationChain;

/**
 * One port modems connect to, with its own identification chain (issue 4: "listeners on configurable ports, each
 * with an identification chain"; irz-modem.md §6: conventions configurable per listening port). All ports of a
 * listener share one session table and one set of poller ports.
 *
 * @param host  the address to listen on
 * @param port  the port; 0 lets the operating system pick one (tests)
 * @param chain how connections on this port identify
 */
public record ModemPort(String host, int port, IdentificationChain chain) {

    /** @throws IllegalArgumentException if the port is not 0–65535 */
    public ModemPort {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(chain, "chain");
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port: expected 0–65535, found " + port);
        }
    }

    /** @return the port the settings describe: {@code host}, {@code port} and {@code identification} */
    public static ModemPort of(GatewaySettings settings) {
        return new ModemPort(settings.host(), settings.port(), settings.identification());
    }
}
