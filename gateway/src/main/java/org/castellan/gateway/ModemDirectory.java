package org.castellan.gateway;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.castellan.irz.ident.ModemIdentity;

/**
 * What the gateway asks the platform's device registry: which modems may connect, how a poller's name for a modem
 * maps to its session, how each modem is shared, which modems exist before they connect, and (inherited from
 * {@link PortAssignments}) which poller port each one keeps.
 *
 * <p><b>Threading:</b> every method is called on Netty event-loop threads (and {@link #known()} once from the thread
 * that calls {@link ModemListener#start}), possibly from several at once. Implementations must be thread-safe, fast and
 * non-blocking: answer from memory (a cache the platform keeps current), never from a database or the network,
 * or every modem and poller on that event loop stalls meanwhile. They should not throw; an exception thrown by
 * {@link #admit} or {@link #resolve} closes the connection it was asked about.
 * <p><b>Lifecycle:</b> given to {@link ModemListener#start}; used until {@link ModemListener#close()}. Giving the same
 * directory (or one over the same stored assignments) to a new listener keeps every modem's poller port.
 */
public interface ModemDirectory extends PortAssignments {

    /**
     * The allow-list: asked once per identified connection, before it is greeted. A refused connection is closed,
     * counted ({@link GatewayCounters#refusedModems()}, metric {@code gateway.modem.rejected.not_admitted}) and
     * never becomes a session.
     *
     * @param identity everything the modem sent (irz-modem.md §1: every {@code KEY=VALUE} pair)
     * @return whether the modem may stay; default: every modem
     */
    default boolean admit(ModemIdentity identity) {
        return true;
    }

    /**
     * Maps the name a poller sent on the shared poller port to a session key. The gateway then needs a session for
     * that key (a modem {@link #known()} or seen since start), else the poller gets {@code ERROR unknown modem}.
     *
     * @param name the first line the poller sent, without {@code \r\n}
     * @return the key; default: {@link SessionKey#parse} ({@code IMEI} for channel 0, or {@code IMEI:channel}).
     *     A platform that also accepts device names should try them and fall back to this default.
     */
    default Optional<SessionKey> resolve(String name) {
        return SessionKey.parse(name);
    }

    /** @return the sharing policy of the modem, asked when its session is made; default {@link SharingPolicy#TURNS} */
    default SharingPolicy policy(SessionKey key) {
        return SharingPolicy.TURNS;
    }

    /**
     * @return modems that exist before they connect: the listener makes an offline session for each at start, so
     *     pollers can name them on the shared port, and with {@link PollerPortMode#ON_START} opens their poller
     *     ports then; default none
     */
    default Collection<SessionKey> known() {
        return List.of();
    }
}
