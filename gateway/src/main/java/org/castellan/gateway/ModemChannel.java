package org.castellan.gateway;

import java.time.Duration;

/**
 * An in-process way to the meter behind an online modem, as a poller on the modem's poller port has: obtained with
 * {@link ModemListener#channel(SessionKey)} and sharing the modem with TCP pollers under the same {@code turns}
 * policy ({@link TurnRelay}): the first {@link #send} while nobody holds the turn takes it; meter bytes go to the
 * holder only; bytes that arrive after the turn passed are dropped, never handed to the next holder.
 *
 * <p><b>Lifecycle:</b> open when obtained; stays usable across reconnects of the modem (sending while the modem is
 * offline throws {@link ModemOfflineException}) until {@link #close()}, after which every call throws
 * {@link ChannelClosedException}. Closing passes the turn if the channel holds it and forgets its waiting requests.
 * <p><b>Buffering:</b> meter bytes wait for {@link #receive} in a buffer bounded by the gateway's
 * {@code pollerBacklog}; bytes beyond it are dropped and counted ({@link GatewayCounters#droppedToPollers()}), as for a
 * slow TCP poller.
 * <p><b>Threading:</b> meant for one thread that sends and receives (a meter reader); {@link #close()} may be called
 * from any thread and makes a blocked {@link #receive} return promptly with {@link ChannelClosedException}.
 * Never blocks an event loop: bytes are handed over, not written synchronously.
 */
public interface ModemChannel extends AutoCloseable {

    /**
     * Sends bytes to the meter (now if the channel holds the turn or nobody does, else when its turn comes).
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
