package org.castellan.irz.colprot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.irz.GoldenVectors.GPIO_ANSWER_80_82_C0_C2;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.METER_DATA_FRAME;
import static org.castellan.irz.GoldenVectors.concat;

import java.util.ArrayList;
import java.util.List;
import org.castellan.irz.Chunks;
import org.castellan.irz.Hex;
import org.castellan.irz.colprot.ColprotProblem.BadTrailer;
import org.castellan.irz.colprot.ColprotProblem.GarbageSkipped;
import org.castellan.irz.colprot.ColprotProblem.PayloadTooLong;
import org.castellan.irz.colprot.ColprotProblem.Truncated;
import org.junit.jupiter.api.Test;

class ColprotDecoderTest {

    private final ColprotDecoder decoder = new ColprotDecoder(64);
    private final List<ColprotEvent> events = new ArrayList<>();

    private void feed(byte[]... chunks) {
        for (byte[] chunk : chunks) {
            decoder.feed(chunk, events::add);
        }
    }

    private List<ColprotFrame> frames() {
        return events.stream().filter(ColprotFrame.class::isInstance).map(ColprotFrame.class::cast).toList();
    }

    private static ColprotFrame decodeOne(byte[] wire) {
        List<ColprotEvent> out = new ArrayList<>();
        new ColprotDecoder(64).feed(wire, out::add);
        return (ColprotFrame) out.getFirst();
    }

    @Test
    void keepAliveSentAsTenPlusFiveBytesIsOneFrame() {
        // irz-modem.md §3: "a 15-byte keep-alive sent as 10 + 5 bytes"
        feed(Chunks.cutAt(KEEP_ALIVE_FRAME, 10).toArray(byte[][]::new));
        assertThat(events).containsExactly(ColprotFrame.keepAlive());
    }

    @Test
    void framesSplitAtEveryPositionAndMergedWithTheNextDecodeTheSame() {
        byte[] stream = concat(METER_DATA_FRAME, KEEP_ALIVE_FRAME, GPIO_ANSWER_80_82_C0_C2);
        List<ColprotFrame> expected = List.of(decodeOne(METER_DATA_FRAME), decodeOne(KEEP_ALIVE_FRAME),
                decodeOne(GPIO_ANSWER_80_82_C0_C2));
        for (int a = 0; a <= stream.length; a++) {
            for (int b = a; b <= stream.length; b++) {
                ColprotDecoder fresh = new ColprotDecoder(64);
                List<ColprotEvent> out = new ArrayList<>();
                Chunks.cutAt(stream, a, b).forEach(chunk -> fresh.feed(chunk, out::add));
                assertThat(out).as("cut at %d and %d", a, b).containsExactlyElementsOf(expected);
            }
        }
    }

    @Test
    void byteAtATimeDecodesTheSame() {
        Chunks.bytewise(concat(METER_DATA_FRAME, KEEP_ALIVE_FRAME)).forEach(this::feed);
        assertThat(frames()).containsExactly(decodeOne(METER_DATA_FRAME), ColprotFrame.keepAlive());
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void garbageBeforeAndBetweenFramesIsSkippedAndCounted() {
        feed(concat(Hex.parse("00 FF C8 CA 13"), KEEP_ALIVE_FRAME, Hex.parse("0D 0A 41"), METER_DATA_FRAME));

        assertThat(events).containsExactly(new GarbageSkipped(5), ColprotFrame.keepAlive(), new GarbageSkipped(3),
                decodeOne(METER_DATA_FRAME));
        assertThat(decoder.stats()).isEqualTo(new ColprotDecoder.Stats(2, 8, 0, 0));
    }

    @Test
    void prefixStartingInsideAPartialPrefixIsFound() {
        // C8 CA then C8 again: the second C8 starts the real prefix
        feed(concat(Hex.parse("C8 CA"), KEEP_ALIVE_FRAME));
        assertThat(events).containsExactly(new GarbageSkipped(2), ColprotFrame.keepAlive());
    }

    @Test
    void oversizePayloadIsSkippedAndTheNextFrameFound() {
        byte[] oversize = Hex.parse("C8 CA CB CC CD 01 00 41"); // 65 > 64
        feed(concat(oversize, KEEP_ALIVE_FRAME));

        assertThat(events).containsExactly(new PayloadTooLong(0x01, 65, 64), new GarbageSkipped(8),
                ColprotFrame.keepAlive());
        assertThat(decoder.stats().oversize()).isEqualTo(1);
    }

    @Test
    void badTrailerDropsTheFrameAndFindsTheNextOne() {
        byte[] badTrailer = Hex.parse("C8 CA CB CC CD 01 00 01 55 0D 0B");
        feed(badTrailer, KEEP_ALIVE_FRAME);

        assertThat(events).containsExactly(new BadTrailer(0x01, 1, 0x0B), new GarbageSkipped(11),
                ColprotFrame.keepAlive());
        assertThat(decoder.stats().badTrailers()).isEqualTo(1);
        assertThat(decoder.state()).isEqualTo(ColprotDecoder.State.PREFIX);
    }

    @Test
    void frameHiddenBehindAFalsePrefixIsFoundByRescanning() {
        // A false header claims 20 bytes of payload; the real keep-alive frame sits inside that span.
        byte[] falseHeader = Hex.parse("C8 CA CB CC CD 01 00 14");
        byte[] filler = Hex.parse("01 02 03 04 05 06");
        feed(concat(falseHeader, KEEP_ALIVE_FRAME, filler));

        assertThat(frames()).containsExactly(ColprotFrame.keepAlive());
        assertThat(events.getFirst()).isInstanceOf(BadTrailer.class);
    }

    @Test
    void nestedFalsePrefixesAreRescannedWithoutLosingTheRealFrame() {
        byte[] outer = Hex.parse("C8 CA CB CC CD 01 00 18");
        byte[] inner = Hex.parse("C8 CA CB CC CD 01 00 02 AA");
        feed(concat(outer, inner, KEEP_ALIVE_FRAME, Hex.parse("00 00 00 00 00 00 00 00 00 00")));

        assertThat(frames()).containsExactly(ColprotFrame.keepAlive());
        assertThat(decoder.stats().badTrailers()).isEqualTo(2);
    }

    @Test
    void largeFrameGrowsTheBufferOnlyToItsSize() {
        ColprotDecoder big = new ColprotDecoder(4096);
        byte[] payload = new byte[3000];
        List<ColprotEvent> out = new ArrayList<>();
        big.feed(ColprotEncoder.encode(ColprotFrame.meterData(payload)), out::add);
        assertThat(out).containsExactly(ColprotFrame.meterData(payload));
    }

    @Test
    void endOfStreamInsideAFrameIsReportedAsTruncated() {
        feed(Hex.parse("C8 CA CB CC CD 01 00 05 01"));
        decoder.finish(events::add);
        assertThat(events).containsExactly(new Truncated(9));
        assertThat(decoder.bufferedBytes()).isZero();
    }

    @Test
    void problemsDescribeFieldExpectedAndFound() {
        assertThat(new BadTrailer(0x0C, 3, 0x41).description())
                .isEqualTo("trailer of frame type 0x0C (length 3): expected 0D 0A, found 0x41");
        assertThat(new PayloadTooLong(1, 70000, 4096).description())
                .isEqualTo("length of frame type 0x01: expected at most 4096, found 70000");
    }
}
