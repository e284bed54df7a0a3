package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import org.castellan.tem106.codec.Request.Identify;
import org.castellan.tem106.codec.Request.ReadFlash;
import org.castellan.tem106.codec.Request.ReadTimerMemory;
import org.castellan.tem106.testing.Fuzzing;

/**
 * Fuzzes the master's reply decoder: for any request and any bytes, the reply decodes to an answer of that request
 * which encodes back to the very same bytes, or decoding fails with a {@link DecodingException}; never another
 * exception.
 *
 * <p>The input is a request descriptor ({@link #DESCRIPTOR} bytes, see {@link #request(byte[])}) followed by the
 * reply frame. With bit 7 of the first byte set the harness first writes the right checksum into the frame's last
 * byte ({@link Fuzzing#sealed(byte[])}), so that the fuzzer gets past the checksum to the fields behind it.
 */
class ReplyDecoderFuzzTest {
    /** Bytes of the input that choose the request. */
    static final int DESCRIPTOR = 7;

    @FuzzTest(maxDuration = Fuzzing.MAX_DURATION)
    void decodeReply(byte[] input) {
        byte[] frame = Arrays.copyOfRange(input, Math.min(DESCRIPTOR, input.length), input.length);
        check(request(input), input.length > 0 && input[0] < 0 ? Fuzzing.sealed(frame) : frame);
    }

    /**
     * The request in the first seven bytes (missing ones read as 00): bits 0..6 of byte 0 mod 3 the kind (identify,
     * read timer memory, read Flash), byte 1 the address, bytes 2..5 the start (big-endian; timer memory takes the
     * low 16 bits), byte 6 mod 64 plus 1 the length.
     */
    static Request request(byte[] input) {
        byte[] d = Arrays.copyOf(input, DESCRIPTOR);
        int address = d[1] & 0xFF;
        long start = (d[2] & 0xFFL) << 24 | (d[3] & 0xFF) << 16 | (d[4] & 0xFF) << 8 | d[5] & 0xFF;
        int length = 1 + (d[6] & 0xFF) % Request.MAX_READ;
        return switch ((d[0] & 0x7F) % 3) {
            case 0 -> new Identify(address);
            case 1 -> new ReadTimerMemory(address, (int) (start & 0xFFFF), length);
            default -> new ReadFlash(address, start, length);
        };
    }

    /** The descriptor {@link #request(byte[])} reads back as {@code request}; {@code seal} sets bit 7. */
    static byte[] descriptor(Request request, boolean seal) {
        long start = switch (request) {
            case Identify ignored -> 0;
            case ReadTimerMemory r -> r.start();
            case ReadFlash r -> r.start();
        };
        int kind = switch (request) {
            case Identify ignored -> 0;
            case ReadTimerMemory ignored -> 1;
            case ReadFlash ignored -> 2;
        };
        int length = Math.max(request.replyLength(), 1);
        return new byte[] {(byte) (seal ? kind | 0x80 : kind), (byte) request.address(), (byte) (start >> 24),
                (byte) (start >> 16), (byte) (start >> 8), (byte) start, (byte) (length - 1)};
    }

    static void check(Request request, byte[] frame) {
        Reply reply;
        try {
            reply = FrameCodec.decodeReply(request, frame);
        } catch (DecodingException expected) {
            Fuzzing.assertTypedDecodingError(expected);
            return;
        }
        assertThat(reply.command()).isEqualTo(request.command());
        if (request.address() != 0) {
            assertThat(reply.address()).isEqualTo(request.address());
        }
        if (request.replyLength() >= 0) {
            assertThat(reply.data()).hasSize(request.replyLength());
        }
        assertThat(FrameCodec.encode(reply)).isEqualTo(frame);
    }

    /** The seed corpus (see {@link org.castellan.tem106.testing.FuzzSeeds}): the seed's replies and broken ones. */
    static Map<String, byte[]> seeds() {
        Identify identify = new Identify(1);
        ReadTimerMemory readTimer = new ReadTimerMemory(1, 0x0180, 64);
        ReadFlash readFlash = new ReadFlash(1, 0x0001_0080L, 64);
        ReadTimerMemory readFour = new ReadTimerMemory(1, 0x0180, 4);
        byte[] memory = new byte[64];
        for (int i = 0; i < memory.length; i++) {
            memory[i] = (byte) (i * 7);
        }
        byte[] timerReply = FrameCodec.encode(new Reply.MemoryData(1, Command.READ_TIMER_MEMORY, memory));
        byte[] flashReply = FrameCodec.encode(new Reply.MemoryData(1, Command.READ_FLASH, memory));
        byte[] fourReply = SeedVectors.replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, new byte[] {1, 2, 3, 4});

        Map<String, byte[]> seeds = new LinkedHashMap<>();
        variants(seeds, "identify", identify, SeedVectors.IDENTIFY_REPLY);
        seeds.put("identify-cyrillic", input(identify, SeedVectors.IDENTIFY_REPLY_CYRILLIC));
        seeds.put("identify-any", input(new Identify(0), SeedVectors.IDENTIFY_REPLY));
        variants(seeds, "read-timer", readTimer, timerReply);
        variants(seeds, "read-flash", readFlash, flashReply);
        seeds.put("read-four", input(readFour, fourReply));
        seeds.put("other-address", input(new Identify(2), SeedVectors.IDENTIFY_REPLY));
        seeds.put("other-command", input(readFlash, timerReply));
        seeds.put("other-length", input(new ReadTimerMemory(1, 0x0180, 5), fourReply));
        seeds.put("identify-empty-model", input(identify, SeedVectors.replyFrame(0xAA, 1, 0xFE, 0, 0, new byte[0])));
        seeds.put("request-frame", input(identify, SeedVectors.IDENTIFY_REQUEST));
        seeds.put("descriptor-only", descriptor(readTimer, true));
        seeds.put("empty", new byte[0]);
        seeds.put("garbage", input(readFour, Fuzzing.garbage(2, 11), "garbage"));
        return seeds;
    }

    private static void variants(Map<String, byte[]> seeds, String name, Request request, byte[] reply) {
        Fuzzing.variants(name, reply).forEach((n, frame) -> seeds.put(n, input(request, frame, n)));
    }

    /** The input that has {@link #check(Request, byte[])} decode {@code frame} as the answer to {@code request}. */
    static byte[] input(Request request, byte[] frame) {
        return Fuzzing.concat(descriptor(request, true), frame);
    }

    private static byte[] input(Request request, byte[] frame, String seedName) {
        return Fuzzing.concat(descriptor(request, !Fuzzing.keepsChecksum(seedName)), frame);
    }
}
