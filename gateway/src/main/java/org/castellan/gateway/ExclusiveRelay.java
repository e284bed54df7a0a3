package org.castellan.gateway;

import io.netty.util.concurrent.EventExecutor;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * The sharing policy {@link SharingPolicy#EXCLUSIVE}: the first poller to connect holds the modem until it
 * disconnects; every meter byte goes to it and its bytes go to the modem as they come. A poller that connects
 * meanwhile waits ({@link ExclusiveMode#WAIT}: its requests are held, at most {@code pollerBacklog} bytes per modem,
 * and go out in order when it gets the modem; pollers get it in the order they connected) or is refused at once
 * ({@link ExclusiveMode#REFUSE}).
 *
 * <p><b>Late answers</b> (irz-modem.md §7): the holder may leave with a request unanswered. As in {@link TurnRelay},
 * the relay keeps track of the last exchange — open from a request until {@code replyTimeout} passes without an answer
 * or the meter has been quiet for {@code answerIdle} after answering. When the holder leaves during an exchange, the
 * modem is handed on only when that exchange ends; meter bytes meanwhile are dropped and counted
 * ({@link GatewayCounters#unclaimedModemBytes()}), so a waiting poller never sees bytes of the holder's request.
 * <p><b>Threading:</b> see {@link Relay}; timers run on the session's event loop.
 */
final class ExclusiveRelay extends Relay {

    private record Held(Party poller, byte[] data) {
    }

    private final boolean refuseOthers;
    private final Duration replyTimeout;
    private final Duration answerIdle;
    private final int maxHeldBytes;
    private final Deque<Held> held = new ArrayDeque<>();
    private int heldBytes;
    private Party holder;
    /** The holder left during an exchange: nobody gets the modem until the exchange ends. */
    private boolean draining;
    /** The end of the exchange in progress (pending while the modem owes an answer or is still answering). */
    private final Deadline exchangeEnd = new Deadline(this::exchangeEnded);

    ExclusiveRelay(ModemSession session, EventExecutor timers, GatewaySettings settings, GatewayCounters counters) {
        super(session, timers, counters);
        this.refuseOthers = settings.exclusive() == ExclusiveMode.REFUSE;
        this.replyTimeout = settings.replyTimeout();
        this.answerIdle = settings.answerIdle();
        this.maxHeldBytes = settings.pollerBacklog();
    }

    @Override
    SharingPolicy policy() {
        return SharingPolicy.EXCLUSIVE;
    }

    /** @return whether a poller holds the modem now */
    synchronized boolean held() {
        return holder != null;
    }

    @Override
    protected boolean admits(Party party) {
        // a poller that arrives while the last holder's answer drains is not refused: nobody holds the modem
        return !refuseOthers || attachedParties().isEmpty();
    }

    @Override
    protected void attached(Party party) {
        if (holder == null && !draining) {
            holder = party;
        }
    }

    @Override
    protected void pollerBytes(Party poller, byte[] data) {
        if (poller == holder) {
            session.toModem(data);
            exchangeEnd.moveTo(replyTimeout);
        } else if (heldBytes + data.length > maxHeldBytes) {
            counters.countDroppedToModems(data.length);
        } else {
            held.addLast(new Held(poller, data));
            heldBytes += data.length;
        }
    }

    @Override
    protected void modemBytes(byte[] data) {
        if (holder != null) {
            deliver(holder, data);
        } else {
            counters.countUnclaimed(data.length);
        }
        if (exchangeEnd.pending()) {
            exchangeEnd.moveTo(answerIdle);
        }
    }

    @Override
    protected void detached(Party poller) {
        for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
            Held h = it.next();
            if (h.poller() == poller) {
                heldBytes -= h.data().length;
                it.remove();
            }
        }
        if (poller != holder) {
            return;
        }
        holder = null;
        if (exchangeEnd.pending()) {
            draining = true; // the meter may still answer the leaver's request
        } else {
            handOn();
        }
    }

    @Override
    protected void closing() {
        exchangeEnd.cancel();
        holder = null;
        held.clear();
        heldBytes = 0;
    }

    /** The next poller in connection order holds the modem; its held requests go out in order. */
    private void handOn() {
        draining = false;
        var waiting = attachedParties();
        if (waiting.isEmpty()) {
            return;
        }
        holder = waiting.getFirst();
        boolean sent = false;
        for (Iterator<Held> it = held.iterator(); it.hasNext(); ) {
            Held h = it.next();
            if (h.poller() == holder) {
                heldBytes -= h.data().length;
                it.remove();
                session.toModem(h.data());
                sent = true;
            }
        }
        if (sent) {
            exchangeEnd.moveTo(replyTimeout);
        }
    }

    private void exchangeEnded() {
        if (draining) {
            handOn();
        }
    }
}
