package org.castellan.gateway;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.TimeUnit;

/**
 * The sharing policy {@code turns}: several pollers on one modem's port, one request in flight (irz-modem.md §7: one
 * request at a time per RS-485 line).
 *
 * <p>The first poller to send holds the turn; its bytes go to the modem and every meter byte goes back to it. The
 * turn passes when the modem has not answered within {@code replyTimeout}, or has been quiet for {@code answerIdle}
 * after answering, or the holder disconnects. Requests of other pollers wait meanwhile (bounded by
 * {@code pollerBacklog} bytes) and are sent when their turn comes.
 * <p><b>Late answers</b> (§7: with the commercial collector a meter's late answer arrived on the next poller's
 * connection): meter bytes that arrive while nobody holds the turn belong to a request whose turn has passed; they
 * are dropped and counted ({@link GatewayCounters#unclaimedModemBytes()}), never handed to the next poller. A meter
 * that answers later than {@code replyTimeout} <em>and</em> after the next request was sent cannot be told apart
 * without knowing the meter's protocol; size {@code replyTimeout} above the slowest meter.
 * <p><b>Backpressure:</b> meter bytes for a poller whose socket is not writable (above its high-water mark) are
 * dropped and counted; the modem is never paused for a poller.
 * <p><b>Threading:</b> thread-safe (guarded by this object's monitor); timers run on the modem's event loop.
 */
final class TurnRelay {

    /**
     * Who can hold the turn: a TCP poller or an in-process {@link ModemChannel}. {@link #deliver} is called under the
     * relay's monitor and must not block nor call back into the relay.
     */
    interface Party {
        /** Takes meter bytes for this party; @return false when they were dropped because its buffer is full. */
        boolean deliver(byte[] data);
    }

    private record Waiting(Party poller, byte[] data) {
    }

    private final ModemSession session;
    private final EventExecutor timers;
    private final Duration replyTimeout;
    private final Duration answerIdle;
    private final int maxWaitingBytes;
    private final GatewayCounters counters;
    private final Deque<Waiting> waiting = new ArrayDeque<>();
    private int waitingBytes;
    private Party holder;
    private ScheduledFuture<?> turnEnd;

    TurnRelay(ModemSession session, EventExecutor timers, GatewaySettings settings, GatewayCounters counters) {
        this.session = session;
        this.timers = timers;
        this.replyTimeout = settings.replyTimeout();
        this.answerIdle = settings.answerIdle();
        this.maxWaitingBytes = settings.pollerBacklog();
        this.counters = counters;
    }

    /** Bytes a poller sent. */
    synchronized void fromPoller(Party poller, byte[] data) {
        if (holder == null) {
            holder = poller;
        }
        if (holder == poller) {
            session.toModem(data);
            endTurnIn(replyTimeout);
        } else if (waitingBytes + data.length > maxWaitingBytes) {
            counters.countDroppedToModems(data.length);
        } else {
            waiting.addLast(new Waiting(poller, data));
            waitingBytes += data.length;
        }
    }

    /** Meter bytes from the modem. */
    synchronized void fromModem(byte[] data) {
        if (holder == null) {
            counters.countUnclaimed(data.length);
            return;
        }
        if (!holder.deliver(data)) {
            counters.countDroppedToPollers(data.length);
        }
        endTurnIn(answerIdle);
    }

    /** A poller disconnected: its turn passes and its waiting requests are forgotten. */
    synchronized void pollerGone(Party poller) {
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

    /** @return whether a poller holds the turn now */
    synchronized boolean turnHeld() {
        return holder != null;
    }

    private void endTurnIn(Duration delay) {
        if (turnEnd != null) {
            turnEnd.cancel(false);
        }
        Party expected = holder;
        turnEnd = timers.schedule(() -> {
            synchronized (this) {
                if (holder == expected) {
                    passTurn();
                }
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void passTurn() {
        if (turnEnd != null) {
            turnEnd.cancel(false);
            turnEnd = null;
        }
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
        endTurnIn(replyTimeout);
    }
}
