package org.castellan.gateway;

import io.netty.util.concurrent.EventExecutor;

/**
 * The sharing policy {@link SharingPolicy#BROADCAST}: every poller's bytes go to the modem as they come, every meter
 * byte goes to every attached poller. Requests of several pollers may interleave on the meter's line; that is the
 * policy's trade (meters that stream, or pollers that coordinate among themselves).
 *
 * <p><b>Backpressure:</b> per poller, as everywhere: a poller above its high-water mark loses those bytes (counted),
 * the others get them. Meter bytes with no poller attached are dropped and counted as unclaimed.
 * <p><b>Threading:</b> see {@link Relay}.
 */
final class BroadcastRelay extends Relay {

    BroadcastRelay(ModemSession session, EventExecutor timers, GatewayCounters counters) {
        super(session, timers, counters);
    }

    @Override
    SharingPolicy policy() {
        return SharingPolicy.BROADCAST;
    }

    @Override
    protected void detached(Party party) {
        // nothing held for anyone
    }

    @Override
    protected void pollerBytes(Party party, byte[] data) {
        session.toModem(data);
    }

    @Override
    protected void modemBytes(byte[] data) {
        var all = attachedParties();
        if (all.isEmpty()) {
            counters.countUnclaimed(data.length);
            return;
        }
        for (Party party : all) {
            deliver(party, data);
        }
    }
}
