package org.castellan.tem106.link;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SimulatedLineTest {
    @Test
    void aByteTakesTenBitTimes() {
        SimulatedLine line = new SimulatedLine(InMemoryLink.pair().master(), 9600, Duration.ZERO);
        assertThat(line.wireTime(96)).isEqualTo(Duration.ofMillis(100));
    }

    @Test
    void replyArrivesNoSoonerThanSendTimePlusRoundTripPlusItsOwnWireTime() throws Exception {
        InMemoryLink.Pair pair = InMemoryLink.pair();
        SimulatedLine line = new SimulatedLine(pair.master(), 9600, Duration.ofMillis(100));
        long start = System.nanoTime();
        line.send(new byte[48]);                 // 50 ms on the wire
        pair.meter().send(new byte[48]);         // the meter answers at once
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (got.size() < 48) {
            got.writeBytes(line.receive(Duration.ofSeconds(2)));
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(took).isGreaterThanOrEqualTo(Duration.ofMillis(200));   // 50 + 100 + 50
        assertThat(took).isLessThan(Duration.ofMillis(1500));
    }

    @Test
    void receiveGivesUpAtItsTimeoutWhenNothingCame() throws Exception {
        SimulatedLine line = new SimulatedLine(InMemoryLink.pair().master(), 9600, Duration.ofMillis(100));
        assertThat(line.receive(Duration.ofMillis(20))).isEmpty();
    }
}
