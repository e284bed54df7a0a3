package org.castellan.osdp.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Fuzzes {@link Framer} and {@link PacketCodec}: any bytes, fed in any chunks, never make the framer throw or hold more
 * than one packet's worth, and every packet it finds encodes back to bytes that decode to the same packet. In the test
 * phase this replays the committed inputs (none yet: an empty input); the verify phase fuzzes for 8 s.
 */
class FramerFuzzTest {
    @FuzzTest(maxDuration = "8s")
    void anyBytesInAnyChunksNeverThrowAndEveryPacketRoundTrips(FuzzedDataProvider data) throws Exception {
        Framer framer = new Framer();
        int chunks = data.consumeInt(1, 8);
        for (int c = 0; c < chunks; c++) {
            byte[] chunk = c == chunks - 1 ? data.consumeRemainingAsBytes() : data.consumeBytes(data.consumeInt(0, 64));
            Framer.Result result = framer.feed(chunk);
            for (Packet packet : result.packets()) {
                byte[] encoded = PacketCodec.encode(packet);
                int start = packet.mark() ? 1 : 0;
                assertThat(PacketCodec.decode(java.util.Arrays.copyOfRange(encoded, start, encoded.length),
                        packet.mark())).isEqualTo(packet);
            }
            assertThat(framer.pending()).isLessThanOrEqualTo(Packet.MAX_LENGTH);
        }
    }
}
