package org.castellan.irz.raw;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.util.List;
import org.castellan.irz.Chunks;
import org.castellan.irz.RandomCases;
import org.junit.jupiter.api.Test;

/** Raw-mode data with the modem's keep-alives inserted (irz-modem.md §4), on thousands of generated streams. */
class RawPropertyTest {

    @Test
    void dataWithKeepAlivesInsertedComesOutUnchanged() {
        RandomCases.check(3000, gen -> {
            List<byte[]> pieces = gen.list(0, 5, g -> g.bytesWithout((byte) 0xB5, 20));
            int[] cuts = gen.show("cuts", gen.cuts(6, 320));
            ByteArrayOutputStream stream = new ByteArrayOutputStream();
            ByteArrayOutputStream data = new ByteArrayOutputStream();
            for (byte[] piece : pieces) {
                stream.writeBytes(piece);
                stream.writeBytes(BytePattern.IRZ_KEEP_ALIVE.bytes());
                data.writeBytes(piece);
            }
            gen.show("stream", stream.toByteArray());
            PatternStripper stripper = new PatternStripper(BytePattern.IRZ_KEEP_ALIVE);
            Recording out = new Recording();
            Chunks.cutAtClipped(stream.toByteArray(), cuts).forEach(c -> stripper.feed(c, out));
            assertThat(out.bytes()).isEqualTo(data.toByteArray());
            assertThat(out.removed).isEqualTo(pieces.size());
        });
    }
}
