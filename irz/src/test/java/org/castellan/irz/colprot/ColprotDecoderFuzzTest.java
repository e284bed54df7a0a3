package org.castellan.irz.colprot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.irz.FuzzInput.seed;
import static org.castellan.irz.GoldenVectors.CELL_INFO_ANSWER;
import static org.castellan.irz.GoldenVectors.GP1_HIGH_COMMAND;
import static org.castellan.irz.GoldenVectors.GPIO_ANSWER_80_82_C0_C2;
import static org.castellan.irz.GoldenVectors.GPIO_REQUEST;
import static org.castellan.irz.GoldenVectors.ICCID_ANSWER_19;
import static org.castellan.irz.GoldenVectors.ICCID_ANSWER_20;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.METER_DATA_FRAME;
import static org.castellan.irz.GoldenVectors.SIGNAL_ANSWER_CSQ17;
import static org.castellan.irz.GoldenVectors.SIGNAL_REQUEST;
import static org.castellan.irz.GoldenVectors.TEMPERATURE_ANSWER_25C;
import static org.castellan.irz.GoldenVectors.concat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.DictionaryEntries;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.castellan.irz.FuzzInput;
import org.castellan.irz.Fuzzing;
import org.castellan.irz.Hex;

/**
 * Fuzzes {@link ColprotDecoder} (irz-modem.md §3): any bytes, fed in any chunks, must never make it throw, never make
 * it hold more than one frame, and every byte must come out as part of a frame, as skipped garbage, or still held. The
 * problems it reports must add up to its counters. Seeds: {@link #seeds()}.
 */
class ColprotDecoderFuzzTest {

    private static final int MAX = 64;
    private static final int MAX_CUTS = 8;

    // libFuzzer dictionary syntax: the frame prefix and trailer (irz-modem.md §3)
    @DictionaryEntries({"\\xC8\\xCA\\xCB\\xCC\\xCD", "\\x0D\\x0A"})
    @FuzzTest(maxDuration = Fuzzing.VERIFY_DURATION)
    void arbitraryBytesInArbitraryChunksNeverThrowAndStayWithinTheBuffer(FuzzedDataProvider data) {
        FuzzInput.ChunkedStream input = FuzzInput.chunkedStream(data, MAX_CUTS);
        ColprotDecoder decoder = new ColprotDecoder(MAX);
        List<ColprotEvent> events = new ArrayList<>();
        long fed = 0;
        for (byte[] chunk : input.chunks()) {
            decoder.feed(chunk, events::add);
            fed += chunk.length;
            assertThat(decoder.bufferedBytes()).isBetween(0, ColprotEncoder.OVERHEAD + MAX);
            // every byte is accounted for: in a frame, skipped, or still held
            assertThat(frameBytes(events) + decoder.stats().skippedBytes() + decoder.bufferedBytes()).isEqualTo(fed);
        }
        int held = decoder.bufferedBytes();
        decoder.finish(events::add);
        assertThat(decoder.bufferedBytes()).isZero();
        if (held > 0) {
            assertThat(events.getLast()).isEqualTo(new ColprotProblem.Truncated(held));
        }
        assertProblemsAddUpToTheCounters(events, decoder.stats());
    }

    private static long frameBytes(List<ColprotEvent> events) {
        return events.stream().filter(ColprotFrame.class::isInstance)
                .mapToLong(e -> ((ColprotFrame) e).payloadLength() + ColprotEncoder.OVERHEAD).sum();
    }

    private static void assertProblemsAddUpToTheCounters(List<ColprotEvent> events, ColprotDecoder.Stats stats) {
        assertThat(events.stream().filter(ColprotFrame.class::isInstance).count()).isEqualTo(stats.frames());
        assertThat(events.stream().mapToLong(e -> e instanceof ColprotProblem.GarbageSkipped g ? g.skippedBytes() : 0)
                .sum()).isEqualTo(stats.skippedBytes());
        assertThat(events.stream().filter(ColprotProblem.PayloadTooLong.class::isInstance).count())
                .isEqualTo(stats.oversize());
        assertThat(events.stream().filter(ColprotProblem.BadTrailer.class::isInstance).count())
                .isEqualTo(stats.badTrailers());
    }

    /** Golden frames whole and cut, and the truncated, oversize, bad-trailer and garbage variants the decoder skips. */
    static SequencedMap<String, byte[]> seeds() {
        SequencedMap<String, byte[]> seeds = new LinkedHashMap<>();
        SequencedMap<String, byte[]> golden = new LinkedHashMap<>();
        golden.put("keep-alive", KEEP_ALIVE_FRAME);
        golden.put("meter-data", METER_DATA_FRAME);
        golden.put("signal-request", SIGNAL_REQUEST);
        golden.put("signal-answer", SIGNAL_ANSWER_CSQ17);
        golden.put("gpio-request", GPIO_REQUEST);
        golden.put("gpio-answer", GPIO_ANSWER_80_82_C0_C2);
        golden.put("cell-info-answer", CELL_INFO_ANSWER);
        golden.put("temperature-answer", TEMPERATURE_ANSWER_25C);
        golden.put("iccid-answer-20", ICCID_ANSWER_20);
        golden.put("iccid-answer-19", ICCID_ANSWER_19);
        golden.put("gp1-high-command", GP1_HIGH_COMMAND);
        golden.forEach((name, frame) -> seeds.put("seed-golden-" + name, seed().cuts(MAX_CUTS).stream(frame)));
        byte[] all = concat(golden.values().toArray(byte[][]::new));
        seeds.put("seed-golden-all-cut", seed().cuts(MAX_CUTS, 3, 7, 1, 0, 13, 255, 2, 9).stream(all));
        seeds.put("seed-golden-keep-alive-bytewise",
                seed().cuts(MAX_CUTS, 1, 1, 1, 1, 1, 1, 1, 1).stream(KEEP_ALIVE_FRAME));
        seeds.put("seed-truncated-trailer",
                seed().cuts(MAX_CUTS).stream(Arrays.copyOf(METER_DATA_FRAME, METER_DATA_FRAME.length - 1)));
        seeds.put("seed-truncated-header", seed().cuts(MAX_CUTS).stream(Arrays.copyOf(METER_DATA_FRAME, 7)));
        seeds.put("seed-oversize-length-65", seed().cuts(MAX_CUTS).stream(concat(
                Hex.parse("C8 CA CB CC CD 01 00 41"), new byte[MAX + 1], Hex.parse("0D 0A"), KEEP_ALIVE_FRAME)));
        seeds.put("seed-oversize-length-ffff", seed().cuts(MAX_CUTS, 8).stream(concat(
                Hex.parse("C8 CA CB CC CD 0C FF FF"), METER_DATA_FRAME)));
        seeds.put("seed-bad-trailer", seed().cuts(MAX_CUTS, 15).stream(concat(
                Arrays.copyOf(METER_DATA_FRAME, METER_DATA_FRAME.length - 1), Hex.parse("0B"), KEEP_ALIVE_FRAME)));
        seeds.put("seed-garbage-and-half-prefix-before-frame", seed().cuts(MAX_CUTS, 4).stream(concat(
                Hex.parse("00 FF 0D 0A C8 CA CB C8 C8 CA"), KEEP_ALIVE_FRAME, Hex.parse("B5 BC"))));
        // A false prefix whose declared payload swallows a real frame: the bad trailer makes the decoder rescan.
        seeds.put("seed-frame-behind-false-prefix", seed().cuts(MAX_CUTS, 6, 6).stream(concat(
                Hex.parse("C8 CA CB CC CD 01 00 14"), KEEP_ALIVE_FRAME, Hex.parse("01 02 03 04 05 77 77"))));
        seeds.put("seed-empty", seed().cuts(MAX_CUTS).stream(new byte[0]));
        return seeds;
    }
}
