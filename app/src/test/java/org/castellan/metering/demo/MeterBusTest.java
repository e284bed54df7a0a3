package org.castellan.metering.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.junit.jupiter.api.Test;

/** The emulated RS-485 line: who answers, when, and when nobody does. */
class MeterBusTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-01T10:00:00Z"), ZoneOffset.UTC);
    private final List<byte[]> sent = new CopyOnWriteArrayList<>();

    private static VirtualMeter meter(int address) {
        return new VirtualMeter(MeterProfile.defaults().withAddress(address).withHistory(Duration.ZERO), CLOCK);
    }

    @Test
    void eachMeterOnTheLineAnswersTheRequestsAddressedToIt() throws DecodingException {
        MeterBus bus = new MeterBus(List.of(meter(1), meter(2)), Duration.ZERO, null);

        bus.onBytes(FrameCodec.encode(new Request.Identify(2)), sent::add);
        bus.onBytes(FrameCodec.encode(new Request.Identify(1)), sent::add);
        bus.onBytes(FrameCodec.encode(new Request.Identify(3)), sent::add);

        assertThat(sent).hasSize(2);
        assertThat(reply(new Request.Identify(2), sent.get(0)).address()).isEqualTo(2);
        assertThat(reply(new Request.Identify(1), sent.get(1)).address()).isEqualTo(1);
        assertThat(bus.requests()).as("the unanswered request came down the line too").isEqualTo(3);
    }

    @Test
    void aRequestSplitAcrossChunksIsAnsweredOnceWhole() throws DecodingException {
        MeterBus bus = MeterBus.of(meter(1));
        byte[] request = FrameCodec.encode(new Request.Identify(1));

        bus.onBytes(Arrays.copyOfRange(request, 0, 3), sent::add);
        assertThat(sent).isEmpty();
        bus.onBytes(Arrays.copyOfRange(request, 3, request.length), sent::add);

        assertThat(sent).singleElement().satisfies(r ->
                assertThat(reply(new Request.Identify(1), r)).isInstanceOf(Reply.Identification.class));
    }

    @Test
    void aSilentLineAnswersNothingUntilItSpeaksAgain() {
        MeterBus bus = MeterBus.of(meter(1));
        bus.silent(true);
        bus.onBytes(FrameCodec.encode(new Request.Identify(1)), sent::add);
        assertThat(sent).isEmpty();

        bus.silent(false);
        bus.onBytes(FrameCodec.encode(new Request.Identify(1)), sent::add);
        assertThat(sent).hasSize(1);
    }

    @Test
    void theReplyLeavesOneRoundTripAfterTheRequest() throws Exception {
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();
        try {
            MeterBus bus = new MeterBus(List.of(meter(1)), Duration.ofMillis(200), timer);
            long start = System.nanoTime();
            List<Long> arrivals = new CopyOnWriteArrayList<>();
            bus.onBytes(FrameCodec.encode(new Request.Identify(1)), r -> arrivals.add(System.nanoTime()));
            assertThat(arrivals).as("not on the caller's thread, not yet").isEmpty();

            org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> !arrivals.isEmpty());
            assertThat(Duration.ofNanos(arrivals.getFirst() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(200));
        } finally {
            timer.shutdownNow();
            timer.awaitTermination(1, TimeUnit.SECONDS);
        }
    }

    @Test
    void twoMetersAtOneAddressOrARoundTripWithoutATimerAreRefused() {
        assertThatThrownBy(() -> new MeterBus(List.of(meter(1), meter(1)), Duration.ZERO, null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("[1, 1]");
        assertThatThrownBy(() -> new MeterBus(List.of(meter(1)), Duration.ofMillis(5), null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("timer");
    }

    private static Reply reply(Request request, byte[] frame) throws DecodingException {
        return FrameCodec.decodeReply(request, frame);
    }
}
