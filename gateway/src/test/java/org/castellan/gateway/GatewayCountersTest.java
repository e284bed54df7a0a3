package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.castellan.irz.ident.RejectReason;
import org.junit.jupiter.api.Test;

/** Counter names the platform exposes as metrics. */
class GatewayCountersTest {

    @Test
    void snapshotNamesEveryCounterAndStartsAtZero() {
        Map<String, Long> snapshot = new GatewayCounters().snapshot();

        assertThat(snapshot).containsKeys("gateway.modem.rejected.not_admitted", "gateway.modem.rejected.too_long",
                "gateway.poller.refused", "gateway.poller.overflows", "gateway.shared_port.rejected.unknown_modem",
                "gateway.shared_port.rejected.too_long", "gateway.shared_port.rejected.timeout",
                "gateway.bytes.dropped_to_pollers", "gateway.bytes.dropped_to_modems", "gateway.bytes.unclaimed");
        assertThat(snapshot).hasSize(RejectReason.values().length + SharedPortReject.values().length + 5);
        assertThat(snapshot.values()).containsOnly(0L);
    }

    @Test
    void snapshotReadsTheCounters() {
        GatewayCounters counters = new GatewayCounters();
        counters.countRejected(RejectReason.NOT_ADMITTED);
        counters.countRefusedPoller();
        counters.countSharedPortRejected(SharedPortReject.TIMEOUT);
        counters.countDroppedToPollers(100);
        counters.countDroppedToPollers(20);

        Map<String, Long> snapshot = counters.snapshot();

        assertThat(counters.refusedModems()).isEqualTo(1);
        assertThat(snapshot).containsEntry("gateway.modem.rejected.not_admitted", 1L)
                .containsEntry("gateway.poller.refused", 1L)
                .containsEntry("gateway.shared_port.rejected.timeout", 1L)
                .containsEntry("gateway.poller.overflows", 2L)
                .containsEntry("gateway.bytes.dropped_to_pollers", 120L);
    }
}
