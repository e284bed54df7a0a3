package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.Map;
import org.castellan.tem106.codec.Request.ReadFlash;
import org.castellan.tem106.codec.Request.ReadTimerMemory;
import org.castellan.tem106.testing.Fuzzing;

/**
 * Fuzzes the emulator's request decoder: any bytes either decode to a request that encodes back to the very same
 * bytes, or fail with a {@link DecodingException}; never another exception.
 *
 * <p>The input's first byte is a control byte, the rest the frame. With bit 0 set the harness first writes the right
 * checksum into the frame's last byte ({@link Fuzzing#sealed(byte[])}): a fuzzer seldom gets a checksum right by
 * mutation, and without this it would hardly ever get past the checksum to the fields behind it.
 */
class RequestDecoderFuzzTest {
    @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
    void decodeRequest(byte[] input) {
        check(Fuzzing.frame(input));
    }

    static void check(byte[] frame) {
        Request request;
        try {
            request = FrameCodec.decodeRequest(frame);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
            return;
        }
        assertThat(FrameCodec.encode(request)).isEqualTo(frame);
    }

    /** The seed corpus (see {@link org.castellan.tem106.testing.FuzzSeeds}): the seed's requests and broken ones. */
    static Map<String, byte[]> seeds() {
        Map<String, byte[]> frames = new LinkedHashMap<>();
        frames.putAll(Fuzzing.variants("identify", SeedVectors.IDENTIFY_REQUEST));
        frames.put("identify-any", SeedVectors.IDENTIFY_ANY_REQUEST);
        frames.putAll(Fuzzing.variants("read-timer", SeedVectors.READ_TIMER_REQUEST));
        frames.putAll(Fuzzing.variants("read-flash", SeedVectors.READ_FLASH_REQUEST));
        frames.put("read-timer-last-byte", FrameCodec.encode(new ReadTimerMemory(255, 0xFFFF, 1)));
        frames.put("read-flash-top", FrameCodec.encode(new ReadFlash(254, 0xFFFF_FFFFL, 64)));
        frames.put("tlen-0", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x01, new byte[] {0x01, (byte) 0x80, 0}));
        frames.put("tlen-65", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x03, new byte[] {0x41, 0, 1, 0, 0}));
        frames.put("unknown-command", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x02, new byte[] {0, 0, 1}));
        frames.put("identify-with-data", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x00, 0x00, new byte[] {0x01}));
        frames.put("read-timer-short-data", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x01, new byte[] {0x01}));
        frames.put("inverted-address-wrong", SeedVectors.replyFrame(0x55, 1, 0xFF, 0x00, 0x00, new byte[0]));
        frames.put("len-beyond-64", SeedVectors.hex("55 01 FE 0F 01 41 00"));
        frames.put("reply-frame", SeedVectors.IDENTIFY_REPLY);
        frames.put("empty", new byte[0]);
        frames.put("garbage", Fuzzing.garbage(1, 40));
        return Fuzzing.frameInputs(frames);
    }
}
