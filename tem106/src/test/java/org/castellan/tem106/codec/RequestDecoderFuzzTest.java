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
 */
class RequestDecoderFuzzTest {
    @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
    void decodeRequest(byte[] frame) {
        check(frame);
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
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.putAll(Fuzzing.variants("identify", SeedVectors.IDENTIFY_REQUEST));
        seeds.put("identify-any", SeedVectors.IDENTIFY_ANY_REQUEST);
        seeds.putAll(Fuzzing.variants("read-timer", SeedVectors.READ_TIMER_REQUEST));
        seeds.putAll(Fuzzing.variants("read-flash", SeedVectors.READ_FLASH_REQUEST));
        seeds.put("read-timer-last-byte", FrameCodec.encode(new ReadTimerMemory(255, 0xFFFF, 1)));
        seeds.put("read-flash-top", FrameCodec.encode(new ReadFlash(254, 0xFFFF_FFFFL, 64)));
        seeds.put("tlen-0", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x01, new byte[] {0x01, (byte) 0x80, 0}));
        seeds.put("tlen-65", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x03, new byte[] {0x41, 0, 1, 0, 0}));
        seeds.put("unknown-command", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x02, new byte[] {0, 0, 1}));
        seeds.put("identify-with-data", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x00, 0x00, new byte[] {0x01}));
        seeds.put("read-timer-short-data", SeedVectors.replyFrame(0x55, 1, 0xFE, 0x0F, 0x01, new byte[] {0x01}));
        seeds.put("inverted-address-wrong", SeedVectors.replyFrame(0x55, 1, 0xFF, 0x00, 0x00, new byte[0]));
        seeds.put("len-beyond-64", SeedVectors.hex("55 01 FE 0F 01 41 00"));
        seeds.put("reply-frame", SeedVectors.IDENTIFY_REPLY);
        seeds.put("empty", new byte[0]);
        seeds.put("garbage", Fuzzing.garbage(1, 40));
        return seeds;
    }
}
