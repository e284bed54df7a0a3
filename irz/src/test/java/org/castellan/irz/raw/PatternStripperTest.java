package org.castellan.irz.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.RAW_KEEP_ALIVE;
import static org.castellan.irz.GoldenVectors.concat;

import org.castellan.irz.Chunks;
import org.castellan.irz.Hex;
import org.junit.jupiter.api.Test;

class PatternStripperTest {

    private static final byte[] BEFORE = Hex.parse("68 0B 0B 68 08");
    private static final byte[] AFTER = Hex.parse("01 72 45 16");

    private final PatternStripper stripper = new PatternStripper(BytePattern.IRZ_KEEP_ALIVE);
    private final Recording sink = new Recording();

    @Test
    void keepAliveBetweenMeterFragmentsIsRemovedAtEverySplitPoint() {
        // irz-modem.md §4: the keep-alive can land between fragments of a meter's answer, straddling segments
        byte[] stream = concat(BEFORE, RAW_KEEP_ALIVE, AFTER);
        for (int a = 0; a <= stream.length; a++) {
            for (int b = a; b <= stream.length; b++) {
                PatternStripper fresh = new PatternStripper(BytePattern.IRZ_KEEP_ALIVE);
                Recording out = new Recording();
                Chunks.cutAt(stream, a, b).forEach(chunk -> fresh.feed(chunk, out));
                assertThat(out.bytes()).as("cut at %d and %d", a, b).isEqualTo(concat(BEFORE, AFTER));
                assertThat(out.removed).isEqualTo(1);
                assertThat(fresh.heldBack()).isZero();
            }
        }
    }

    @Test
    void patternAtStreamStartIsRemoved() {
        stripper.feed(concat(RAW_KEEP_ALIVE, AFTER), sink);
        assertThat(sink.bytes()).isEqualTo(AFTER);
    }

    @Test
    void patternAtStreamEndIsRemovedWithNothingHeldBack() {
        stripper.feed(concat(BEFORE, RAW_KEEP_ALIVE), sink);
        assertThat(sink.bytes()).isEqualTo(BEFORE);
        assertThat(stripper.heldBack()).isZero();
    }

    @Test
    void streamOfOnlyKeepAlivesYieldsNoData() {
        Chunks.bytewise(concat(RAW_KEEP_ALIVE, RAW_KEEP_ALIVE)).forEach(c -> stripper.feed(c, sink));
        assertThat(sink.bytes()).isEmpty();
        assertThat(stripper.removedCount()).isEqualTo(2);
    }

    @Test
    void partialPatternIsHeldBackThenReleasedWhenItTurnsOutToBeData() {
        stripper.feed(Hex.parse("10 B5 BC BD"), sink);
        assertThat(sink.bytes()).isEqualTo(Hex.parse("10"));
        assertThat(stripper.heldBack()).isEqualTo(3);

        stripper.feed(Hex.parse("42 43"), sink);
        assertThat(sink.bytes()).isEqualTo(Hex.parse("10 B5 BC BD 42 43"));
        assertThat(sink.removed).isZero();
    }

    @Test
    void partialPatternFollowedByTheRealPatternKeepsTheFirstPartAsData() {
        stripper.feed(Hex.parse("B5 BC"), sink);
        stripper.feed(Hex.parse("B5 BC BD BE BF 07"), sink);
        assertThat(sink.bytes()).isEqualTo(Hex.parse("B5 BC 07"));
        assertThat(sink.removed).isEqualTo(1);
    }

    @Test
    void flushOnIdleReleasesHeldBackBytes() {
        stripper.feed(Hex.parse("33 B5 BC BD BE"), sink);
        assertThat(sink.bytes()).isEqualTo(Hex.parse("33"));

        stripper.flush(sink);
        assertThat(sink.bytes()).isEqualTo(Hex.parse("33 B5 BC BD BE"));
        assertThat(stripper.heldBack()).isZero();
    }

    @Test
    void selfOverlappingCustomPatternIsFoundAfterAFalseStart() {
        // "AAB" inside "AAAB": a naive matcher that restarts after the mismatch would miss it
        PatternStripper custom = new PatternStripper(BytePattern.ofHex("AA AA BB"));
        custom.feed(Hex.parse("AA AA AA BB 01"), sink);
        assertThat(sink.bytes()).isEqualTo(Hex.parse("AA 01"));
    }

    @Test
    void patternsLongerThanFortyBytesAreRefused() {
        assertThatThrownBy(() -> BytePattern.of(new byte[41]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 41");
    }
}
