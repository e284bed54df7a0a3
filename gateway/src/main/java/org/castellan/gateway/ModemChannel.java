package org.castellan.gateway;

import java.time.Duration;

/**
 * An in-process way to the meter behind an online modem, as a poller on the modem's poller port has: obtained with
 * {@link ModemListener#channel(SessionKey)} or {@link ModemSession#openChannel()} and sharing the modem with TCP
 * pollers under the modem's {@link SharingPolicy}, as one more poller:
 * <ul>
 *   <li>{@link SharingPolicy#TURNS}: the first {@link #send} while nobody holds the turn takes it; meter bytes go to
 *       the holder only; bytes that arrive after the turn passed are dropped, never handed to the next holder;</li>
 *   <li>{@link SharingPolicy#EXCLUSIVE}: opening the channel while nobody holds the modem takes it until
 *       {@link #close()}; otherwise the channel's requests wait for it (or opening fails with
 *       {@link ModemBusyException} when the gateway refuses waiting pollers);</li>
 *   <li>{@link SharingPolicy#BROADCAST}: requests go out at once, and every meter byte arrives here too.</li>
 * </ul>
 *
 * <p><b>Lifecycle:</b> open when obtained; stays usable across reconnects of the modem (sending while the modem is
 * offline throws {@link ModemOfflineException}) until {@link #close()}, after which every call throws
 * {@link ChannelClosedException}. Closing passes the turn (or the exclusive hold) and forgets waiting requests. A
 * change of the session's sharing policy ({@link ModemSession#sharing(SharingPolicy)}) closes the channel.
 * <p><b>Buffering:</b> meter bytes wait for {@link #receive} in a buffer bounded by the gateway's
 * {@code pollerBacklog}; bytes beyond it are dropped and counted ({@link GatewayCounters#droppedToPollers()}), as for a
 * slow TCP poller.
 * <p><b>Threading:</b> meant for one thread that sends and receives (a meter reader); {@link #close()} may be called
 * from any thread and makes a blocked {@link #receive} return promptly with {@link ChannelClosedException}.
 * Never blocks an event loop: bytes are handed over, not written synchronously.
 */
public interface ModemChannel extends AutoCloseable {

    /**
     * Sends bytes to the meter: now, or when the policy gives this channel its turn or the modem.
     *
     * @throws ModemOfflineException  when the modem has no open connection
     * @throws ChannelClosedException when the channel was closed
     */
    void send(byte[] bytes) throws ModemOfflineException, ChannelClosedException;

    /**
     * Waits at most {@code timeout} for meter bytes and returns all that have arrived — at least one — or an empty
     * array when none came in time. A zero timeout only collects what is already there.
     *
     * @throws ModemOfflineException  when nothing is buffered and the modem is offline
     * @throws ChannelClosedException when the channel was closed, before or during the wait
     * @throws InterruptedException   when the waiting thread is interrupted
     */
    byte[] receive(Duration timeout) throws ModemOfflineException, ChannelClosedException, InterruptedException;

    /** @return the session this channel reaches */
    SessionKey key();

    /** Closes the channel; idempotent, never throws. */
    @Override
    void close();
}
