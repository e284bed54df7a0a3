package org.castellan.irz.raw;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.irz.GoldenVectors.RAW_KEEP_ALIVE;
import static org.castellan.irz.GoldenVectors.concat;

import java.util.List;
import org.castellan.irz.Chunks;
import org.castellan.irz.Hex;
import org.junit.jupiter.api.Test;

class RawStreamFilterTest {

    private static final BytePattern REGISTRATION = BytePattern.ofHex("52 45 47 31"); // "REG1"
    private static final BytePattern HEARTBEAT = BytePattern.ofHex("FE FE");

    @Test
    void keepAliveHeartbeatAndRegistrationPrefixAreAllCutAtAnySplit() {
        byte[] stream = concat(REGISTRATION.bytes(), Hex.parse("01 02"), RAW_KEEP_ALIVE, Hex.parse("03"),
                REGISTRATION.bytes(), HEARTBEAT.bytes(), Hex.parse("04"));
        for (int a = 0; a <= stream.length; a++) {
            Recording out = new Recording();
            RawStreamFilter filter = new RawStreamFilter(
                    List.of(BytePattern.IRZ_KEEP_ALIVE, HEARTBEAT, REGISTRATION), out);
            Chunks.cutAt(stream, a).forEach(c -> filter.feed(c, 0, c.length));
            filter.flush();
            assertThat(out.bytes()).as("cut at %d", a).isEqualTo(Hex.parse("01 02 03 04"));
            assertThat(out.removed).isEqualTo(4);
        }
    }

    @Test
    void withoutPatternsEverythingPassesThrough() {
        Recording out = new Recording();
        RawStreamFilter filter = new RawStreamFilter(List.of(), out);
        filter.feed(RAW_KEEP_ALIVE, 0, RAW_KEEP_ALIVE.length);
        assertThat(out.bytes()).isEqualTo(RAW_KEEP_ALIVE);
    }

    @Test
    void flushReleasesWhatEveryStageHeldBack() {
        Recording out = new Recording();
        RawStreamFilter filter = new RawStreamFilter(List.of(BytePattern.IRZ_KEEP_ALIVE, HEARTBEAT), out);
        byte[] tail = Hex.parse("FE B5 BC"); // FE held by the heartbeat stage, B5 BC by the keep-alive stage
        filter.feed(tail, 0, tail.length);
        assertThat(filter.heldBack()).isEqualTo(3);
        filter.flush();
        assertThat(out.bytes()).isEqualTo(tail);
        assertThat(filter.heldBack()).isZero();
    }
}
