package org.castellan.gateway;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;
import org.castellan.irz.ident.RejectReason;

/**
 * The gateway's counters: modem connections rejected by reason (refused by the allow-list included), pollers refused,
 * shared-port pollers rejected by reason, and bytes dropped by backpressure or because no poller asked for them.
 * Monotonic from start.
 *
 * <p><b>Threading:</b> thread-safe; updated on event loops ({@link LongAdder}s, no lock), read from any thread.
 * {@link #snapshot()} reads each counter once; counters updated meanwhile may be seen in either state.
 */
public final class GatewayCounters {

    private final Map<RejectReason, LongAdder> rejected = new EnumMap<>(RejectReason.class);
    private final Map<SharedPortReject, LongAdder> sharedPortRejected = new EnumMap<>(SharedPortReject.class);
    private final LongAdder refusedPollers = new LongAdder();
    private final LongAdder pollerOverflows = new LongAdder();
    private final LongAdder droppedToPollers = new LongAdder();
    private final LongAdder droppedToModems = new LongAdder();
    private final LongAdder unclaimedModemBytes = new LongAdder();

    GatewayCounters() {
        for (RejectReason reason : RejectReason.values()) {
            rejected.put(reason, new LongAdder());
        }
        for (SharedPortReject reason : SharedPortReject.values()) {
            sharedPortRejected.put(reason, new LongAdder());
        }
    }

    /** @return modem connections closed during identification for {@code reason} */
    public long rejected(RejectReason reason) {
        return rejected.get(reason).sum();
    }

    /**
     * @return identified modems refused by the allow-list ({@link ModemDirectory#admit} or the chain's admission
     *     check): {@code rejected(NOT_ADMITTED)}
     */
    public long refusedModems() {
        return rejected(RejectReason.NOT_ADMITTED);
    }

    /** @return pollers (TCP or in-process) refused because another holds their exclusive modem */
    public long refusedPollers() {
        return refusedPollers.sum();
    }

    /** @return pollers on the shared poller port rejected for {@code reason} */
    public long sharedPortRejected(SharedPortReject reason) {
        return sharedPortRejected.get(reason).sum();
    }

    /** @return how many times meter bytes were dropped for a poller that was not keeping up */
    public long pollerOverflows() {
        return pollerOverflows.sum();
    }

    /** @return modem bytes not written to a poller because its socket (or channel inbox) was not keeping up */
    public long droppedToPollers() {
        return droppedToPollers.sum();
    }

    /** @return poller bytes not sent to a modem: its connection not keeping up, offline, or the held requests full */
    public long droppedToModems() {
        return droppedToModems.sum();
    }

    /** @return modem bytes that arrived while no poller was owed them (late answers, irz-modem.md §7), dropped */
    public long unclaimedModemBytes() {
        return unclaimedModemBytes.sum();
    }

    /**
     * Every counter by metric name, sorted: {@code gateway.modem.rejected.<reason>} for each {@link RejectReason}
     * ({@code not_admitted} = refused modems), {@code gateway.poller.refused}, {@code gateway.poller.overflows},
     * {@code gateway.shared_port.rejected.<reason>} for each {@link SharedPortReject},
     * {@code gateway.bytes.dropped_to_pollers}, {@code gateway.bytes.dropped_to_modems},
     * {@code gateway.bytes.unclaimed}.
     *
     * @return an unmodifiable copy
     */
    public Map<String, Long> snapshot() {
        Map<String, Long> all = new TreeMap<>();
        rejected.forEach((reason, n) -> all.put("gateway.modem.rejected." + reason.metricName(), n.sum()));
        all.put("gateway.poller.refused", refusedPollers.sum());
        all.put("gateway.poller.overflows", pollerOverflows.sum());
        sharedPortRejected.forEach((reason, n) -> all.put("gateway.shared_port.rejected." + reason.metricName(),
                n.sum()));
        all.put("gateway.bytes.dropped_to_pollers", droppedToPollers.sum());
        all.put("gateway.bytes.dropped_to_modems", droppedToModems.sum());
        all.put("gateway.bytes.unclaimed", unclaimedModemBytes.sum());
        return Collections.unmodifiableMap(all);
    }

    void countRejected(RejectReason reason) {
        rejected.get(reason).increment();
    }

    void countRefusedPoller() {
        refusedPollers.increment();
    }

    void countSharedPortRejected(SharedPortReject reason) {
        sharedPortRejected.get(reason).increment();
    }

    void countDroppedToPollers(int bytes) {
        pollerOverflows.increment();
        droppedToPollers.add(bytes);
    }

    void countDroppedToModems(int bytes) {
        droppedToModems.add(bytes);
    }

    void countUnclaimed(int bytes) {
        unclaimedModemBytes.add(bytes);
    }
}
