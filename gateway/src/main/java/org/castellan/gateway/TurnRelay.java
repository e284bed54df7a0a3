package org.castellan.gateway;

import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The sharing policy {@link SharingPolicy#TURNS}: several pollers on one modem, one request in flight (irz-modem.md
 * §7: one request at a time per RS-485 line).
 *
 * <p>The first poller to send holds the turn; its bytes go to the modem and every meter byte goes back to it. The
 * turn passes when the modem has not answered within {@code replyTimeout}, or has been quiet for {@code answerIdle}
 * after answering, or the holder disconnects. Requests of other pollers wait meanwhile (bounded by
 * {@code pollerBacklog} bytes per modem) and are sent when their turn comes.
 * <p><b>Late answers</b> (§7: with the commercial collector a meter's late answer arrived on the next poller's
 * connection): meter bytes that arrive while nobody holds the turn belong to a request whose turn has passed; they
 * are dropped and counted ({@link GatewayCounters#unclaimedModemBytes()}), never handed to the next poller. A meter
 * that answers later than {@code replyTimeout} <em>and</em> after the next request was sent cannot be told apart
 * without knowing the meter's protocol; size {@code replyTimeout} above the slowest meter.
 * <p><b>Backpressure:</b> meter bytes for a poller whose socket is not writable (above its high-water mark) are
 * dropped and counted; the modem is never paused for a poller.
 * <p><b>Threading:</b> see {@link Relay}; timers run on the session's event loop.
 */
final class TurnRelay extends Relay {

    private record Waiting(Party poller, byte[] data) {
    }

    private final Duration replyTimeout;
    private final Duration answerIdle;
    private final int maxWaitingBytes;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int waitingBytes;
    private final Deadline turnEnd = new Deadline(this::passTurn);
    private Party holder;

    TurnRelay(ModemSession session, EventExecutor timers, GatewaySettings settings, GatewayCounters counters) {
        super(session, timers, counters);
        this.replyTimeout = settings.replyTimeout();
        this.answerIdle = settings.answerIdle();
        this.maxWaitingBytes = settings.pollerBacklog();
    }

    @Override
    SharingPolicy policy() {
        return SharingPolicy.TURNS;
    }

    /** @return whether a poller holds the turn now */
    synchronized boolean turnHeld() {
        return holder != null;
    }

    @Override
    protected void pollerBytes(Party poller, byte[] data) {
        if (holder == null) {
            holder = poller;
        }
        if (holder == poller) {
            session.toModem(data);
            turnEnd.moveTo(replyTimeout);
        } else if (waitingBytes + data.length > maxWaitingBytes) {
            counters.countDroppedToModems(data.length);
        } else {
            waiting.addLast(new Waiting(poller, data));
            waitingBytes += data.length;
        }
    }

    @Override
    protected void modemBytes(byte[] data) {
        if (holder == null) {
            counters.countUnclaimed(data.length);
            return;
        }
        deliver(holder, data);
        turnEnd.moveTo(answerIdle);
    }

    /** The poller's turn passes and its waiting requests are forgotten. */
    @Override
    protected void detached(Party poller) {
        waiting.removeIf(w -> {
            if (w.poller() == poller) {
                waitingBytes -= w.data().length;
                return true;
            }
            return false;
        });
        if (holder == poller) {
            passTurn();
        }
    }

    @Override
    protected void closing() {
        turnEnd.cancel();
        holder = null;
        waiting.clear();
        waitingBytes = 0;
    }

    private void passTurn() {
        turnEnd.cancel();
        holder = null;
        Waiting next = waiting.pollFirst();
        if (next == null) {
            return;
        }
        waitingBytes -= next.data().length;
        holder = next.poller();
        session.toModem(next.data());
        // the same poller's later requests were queued behind this one: send them in order, in its turn
        while (!waiting.isEmpty() && waiting.peekFirst().poller() == holder) {
            Waiting more = waiting.pollFirst();
            waitingBytes -= more.data().length;
            session.toModem(more.data());
        }
        turnEnd.moveTo(replyTimeout);
    }
}
