package org.castellan.gateway;

import java.util.EnumMap;
import java.util.Map;
import java.util.concurrent.atomic.LongAdder;
import org.castellan.irz.ident.RejectReason;

/**
 * The listener's counters: rejected connections by reason, and bytes dropped by backpressure or because no poller
 * asked for them. Thread-safe; read at any time.
 */
public final class GatewayCounters {

    private final Map<RejectReason, LongAdder> rejected = new EnumMap<>(RejectReason.class);
    private final LongAdder droppedToPollers = new LongAdder();
    private final LongAdder droppedToModems = new LongAdder();
    private final LongAdder unclaimedModemBytes = new LongAdder();

    GatewayCounters() {
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, new LongAdder());
        }
    }

    /** @return connections closed during identification for {@code reason} */
    public long rejected(RejectReason reason) {
        return rejected.get(reason).sum();
    }

    /** @return modem bytes not written to a poller because its socket was not keeping up */
    public long droppedToPollers() {
        return droppedToPollers.sum();
    }

    /** @return poller bytes not sent to a modem: its connection not keeping up, offline, or the turn queue full */
    public long droppedToModems() {
        return droppedToModems.sum();
    }

    /** @return modem bytes that arrived while no poller held the turn (late answers, irz-modem.md §7), dropped */
    public long unclaimedModemBytes() {
        return unclaimedModemBytes.sum();
    }

    void countRejected(RejectReason reason) {
        rejected.get(reason).increment();
    }

    void countDroppedToPollers(int bytes) {
        droppedToPollers.add(bytes);
    }

    void countDroppedToModems(int bytes) {
        droppedToModems.add(bytes);
    }

    void countUnclaimed(int bytes) {
        unclaimedModemBytes.add(bytes);
    }
}
