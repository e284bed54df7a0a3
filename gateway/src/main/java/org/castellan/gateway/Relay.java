package org.castellan.gateway;

import io.netty.util.concurrent.EventExecutor;
import io.netty.util.concurrent.ScheduledFuture;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * Carries bytes between one modem and its pollers under a {@link SharingPolicy}: the parties attached (TCP pollers,
 * in-process channels), which of them a meter byte goes to, and when a poller's request goes to the modem.
 *
 * <p>This class keeps what every policy shares — the attached parties in arrival order, the closed state, counting —
 * and calls the policy's hooks under its monitor. A party is attached from its connection (or channel open) until
 * it disconnects; bytes from a party that is not attached (any more) are dropped and counted, so a poller racing its
 * own close cannot take a turn it will never give back.
 * <p><b>Lifecycle:</b> one per session and policy; {@link #close()} when the session's policy changes: the relay then
 * refuses new parties, drops every byte, and returns its parties for the caller to disconnect.
 * <p><b>Threading:</b> thread-safe: every method and every timer task runs under this object's monitor. Lock order is
 * relay → session ({@link ModemSession#toModem}) → party ({@link Party#deliver}); nothing calls back the other way.
 */
abstract sealed class Relay permits TurnRelay, ExclusiveRelay, BroadcastRelay {

    /**
     * Who shares a modem: a TCP poller or an in-process {@link ModemChannel}. Called under the relay's monitor: must
     * not block nor call back into the relay.
     */
    interface Party {
        /** Takes meter bytes; @return false when they were dropped because the party's buffer is full. */
        boolean deliver(byte[] data);

        /** Ends the party (closes its connection or channel); called when the relay is replaced. */
        void disconnect();
    }

    protected final ModemSession session;
    protected final GatewayCounters counters;
    private final EventExecutor timers;
    private final Set<Party> parties = new LinkedHashSet<>();
    private boolean closed;

    Relay(ModemSession session, EventExecutor timers, GatewayCounters counters) {
        this.session = session;
        this.timers = timers;
        this.counters = counters;
    }

    /** @return a relay for {@code policy} */
    static Relay create(SharingPolicy policy, ModemSession session, EventExecutor timers, GatewaySettings settings,
                        GatewayCounters counters) {
        return switch (policy) {
            case TURNS -> new TurnRelay(session, timers, settings, counters);
            case EXCLUSIVE -> new ExclusiveRelay(session, timers, settings, counters);
            case BROADCAST -> new BroadcastRelay(session, timers, counters);
        };
    }

    /** @return the policy this relay carries out */
    abstract SharingPolicy policy();

    /**
     * A poller connected or a channel opened.
     *
     * @return false when the policy refuses it (counted; the caller closes it) or the relay is closed
     */
    final synchronized boolean attach(Party party) {
        if (closed || !admits(party)) {
            counters.countRefusedPoller();
            return false;
        }
        parties.add(party);
        attached(party);
        return true;
    }

    /** A party disconnected; idempotent. */
    final synchronized void detach(Party party) {
        if (parties.remove(party)) {
            detached(party);
        }
    }

    /** Bytes a party sent towards the meter. */
    final synchronized void fromPoller(Party party, byte[] data) {
        if (closed || !parties.contains(party)) {
            counters.countDroppedToModems(data.length);
            return;
        }
        pollerBytes(party, data);
    }

    /** Meter bytes from the modem's current connection. */
    final synchronized void fromModem(byte[] data) {
        if (closed) {
            counters.countUnclaimed(data.length);
            return;
        }
        modemBytes(data);
    }

    /** @return how many parties are attached */
    final synchronized int parties() {
        return parties.size();
    }

    /** Stops the relay; @return the parties that were attached, for the caller to disconnect (outside this monitor) */
    final synchronized List<Party> close() {
        closed = true;
        closing();
        List<Party> all = List.copyOf(parties);
        parties.clear();
        return all;
    }

    /** @return the attached parties in arrival order (a copy); under the monitor */
    protected final List<Party> attachedParties() {
        return List.copyOf(parties);
    }

    /** Hands meter bytes to a party, counting them if its buffer is full; under the monitor. */
    protected final void deliver(Party party, byte[] data) {
        if (!party.deliver(data)) {
            counters.countDroppedToPollers(data.length);
        }
    }

    /** Runs {@code task} under the monitor after {@code delay}, unless the relay is closed by then. */
    protected final ScheduledFuture<?> schedule(Duration delay, Runnable task) {
        return timers.schedule(() -> {
            synchronized (this) {
                if (!closed) {
                    task.run();
                }
            }
        }, delay.toNanos(), TimeUnit.NANOSECONDS);
    }

    /**
     * A deadline that an exchange moves on every request and every answer chunk but that is rarely reached: the
     * turn's or the exclusive exchange's end. Moving it later only records the time; the one scheduled check, when it
     * runs and finds the deadline moved, waits again for the rest. A check is scheduled anew only when the deadline
     * moves earlier than the pending check (an answer after a request: {@code answerIdle} is shorter than
     * {@code replyTimeout}). So a busy modem costs its timer event loop about one task per period, where scheduling
     * and cancelling per frame cost two cross-thread tasks, each waking that event loop, per frame
     * (bench/gateway-load.sh relay, docs/BENCHMARKS.md).
     *
     * <p>Used under the relay's monitor; the action runs under it too, and not once the relay is closed.
     */
    protected final class Deadline {

        private final Runnable reached;
        private long at;
        private long checkAt;
        private ScheduledFuture<?> check;
        /** Which check is current: a cancelled one may already wait for the monitor. */
        private long generation;

        Deadline(Runnable reached) {
            this.reached = reached;
        }

        /** The deadline is {@code delay} from now, earlier or later than it was. */
        void moveTo(Duration delay) {
            long when = System.nanoTime() + delay.toNanos();
            at = when;
            if (check != null && checkAt - when <= 0) {
                return; // the pending check comes first and looks again
            }
            cancel();
            arm(when);
        }

        /** @return whether a deadline is set and not yet reached */
        boolean pending() {
            return check != null;
        }

        /** Forgets the deadline. */
        void cancel() {
            generation++;
            if (check != null) {
                check.cancel(false);
                check = null;
            }
        }

        private void arm(long when) {
            long current = ++generation;
            checkAt = when;
            check = schedule(Duration.ofNanos(Math.max(0, when - System.nanoTime())), () -> {
                if (current != generation) {
                    return;
                }
                check = null;
                if (System.nanoTime() - at >= 0) {
                    reached.run();
                } else {
                    arm(at);
                }
            });
        }
    }

    /** @return whether the policy takes {@code party} now; under the monitor */
    protected boolean admits(Party party) {
        return true;
    }

    /** {@code party} was added; under the monitor. */
    protected void attached(Party party) {
    }

    /** {@code party} was removed; under the monitor. */
    protected abstract void detached(Party party);

    /** Bytes from an attached party; under the monitor. */
    protected abstract void pollerBytes(Party party, byte[] data);

    /** Meter bytes; under the monitor. */
    protected abstract void modemBytes(byte[] data);

    /** The relay is closing: cancel timers, forget held requests; under the monitor. */
    protected void closing() {
    }
}
