package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.tem106.testing.RandomCases.between;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import org.castellan.tem106.codec.Reply.Identification;
import org.castellan.tem106.codec.Reply.MemoryData;
import org.castellan.tem106.codec.Request.Identify;
import org.castellan.tem106.codec.Request.ReadFlash;
import org.castellan.tem106.codec.Request.ReadTimerMemory;
import org.castellan.tem106.testing.RandomCases;
import org.junit.jupiter.api.Test;

/**
 * Round trips of every message and of the framer, and the frame decoders on garbage and on one-byte mutations, over
 * seeded random cases ({@link RandomCases}). The decoder checks are the fuzz tests' ({@link RequestDecoderFuzzTest},
 * {@link ReplyDecoderFuzzTest}, {@link FramerFuzzTest}), which the build also fuzzes.
 */
class FrameCodecPropertiesTest {
    private static final int CASES = 10_000;

    /** Any request: identify, read timer memory or read Flash, every field over its whole range. */
    static Request request(SplittableRandom random) {
        int address = between(random, 0, 255);
        int length = between(random, 1, Request.MAX_READ);
        return switch (random.nextInt(3)) {
            case 0 -> new Identify(address);
            case 1 -> new ReadTimerMemory(address, between(random, 0, 0xFFFF), length);
            default -> new ReadFlash(address, between(random, 0L, 0xFFFF_FFFFL), length);
        };
    }

    /** A read (timer memory or Flash), every field over its whole range. */
    static Request read(SplittableRandom random) {
        Request request;
        do {
            request = request(random);
        } while (request instanceof Identify);
        return request;
    }

    record RequestAndBytes(Request request, byte[] bytes) {
        @Override
        public String toString() {
            return request + " with " + RandomCases.describe(bytes);
        }
    }

    @Test
    void everyRequestRoundTrips() {
        RandomCases.check(CASES, FrameCodecPropertiesTest::request, request -> {
            byte[] frame = FrameCodec.encode(request);
            assertThat(FrameCodec.decodeRequest(frame)).isEqualTo(request);
            assertThat(FrameCodec.encode(FrameCodec.decodeRequest(frame))).isEqualTo(frame);
        });
    }

    @Test
    void everyMemoryReplyRoundTrips() {
        RandomCases.check(CASES, r -> new RequestAndBytes(read(r), RandomCases.bytes(r, Request.MAX_READ)), c -> {
            Request request = c.request();
            int address = request.address() == 0 ? 7 : request.address();
            Reply reply = new MemoryData(address, request.command(), Arrays.copyOf(c.bytes(), request.replyLength()));
            byte[] frame = FrameCodec.encode(reply);
            assertThat(FrameCodec.decodeReply(request, frame)).isEqualTo(reply);
            assertThat(FrameCodec.encode(FrameCodec.decodeReply(request, frame))).isEqualTo(frame);
        });
    }

    @Test
    void everyIdentificationRoundTrips() {
        RandomCases.check(CASES, r -> new RequestAndBytes(new Identify(between(r, 1, 255)),
                RandomCases.bytes(r, 1, Request.MAX_READ)), c -> {
                    Reply reply = new Identification(c.request().address(),
                            new String(c.bytes(), StandardCharsets.ISO_8859_1));
                    byte[] frame = FrameCodec.encode(reply);
                    assertThat(FrameCodec.decodeReply(c.request(), frame)).isEqualTo(reply);
                    assertThat(FrameCodec.decodeReply(new Identify(0), frame)).isEqualTo(reply);
                    assertThat(FrameCodec.encode(FrameCodec.decodeReply(c.request(), frame))).isEqualTo(frame);
                });
    }

    @Test
    void replyDecoderThrowsOnlyDecodingException() {
        RandomCases.check(CASES, r -> new RequestAndBytes(request(r), RandomCases.bytes(r, 0, 80)),
                c -> ReplyDecoderFuzzTest.check(c.request(), c.bytes()));
    }

    @Test
    void mutatedRepliesThrowOnlyDecodingException() {
        RandomCases.check(CASES, r -> {
            Request request = request(r);
            byte[] frame = FrameCodec.encode(request instanceof Identify ? new Identification(1, "TEMC106")
                    : new MemoryData(1, request.command(), new byte[request.replyLength()]));
            frame[between(r, 0, 70) % frame.length] = (byte) r.nextInt(256);
            return new RequestAndBytes(request, frame);
        }, c -> ReplyDecoderFuzzTest.check(c.request(), c.bytes()));
    }

    @Test
    void requestDecoderThrowsOnlyDecodingException() {
        RandomCases.check(CASES, r -> RandomCases.bytes(r, 0, 80), RequestDecoderFuzzTest::check);
    }

    @Test
    void mutatedRequestsThrowOnlyDecodingException() {
        RandomCases.check(CASES, r -> {
            byte[] frame = FrameCodec.encode(request(r));
            frame[r.nextInt(frame.length)] = (byte) r.nextInt(256);
            return frame;
        }, RequestDecoderFuzzTest::check);
    }

    record ChunkedStream(List<Request> requests, List<Integer> chunkSizes) {
    }

    @Test
    void framerFindsFramesHoweverTheStreamIsChunked() {
        RandomCases.check(CASES, r -> {
            List<Request> requests = new ArrayList<>();
            for (int n = between(r, 0, 6); n > 0; n--) {
                requests.add(request(r));
            }
            List<Integer> chunkSizes = new ArrayList<>();
            for (int n = between(r, 0, 20); n > 0; n--) {
                chunkSizes.add(between(r, 1, 40));
            }
            return new ChunkedStream(requests, chunkSizes);
        }, s -> {
            List<byte[]> sent = s.requests().stream().map(FrameCodec::encode).toList();
            byte[] stream = FramerTest.concat(sent.toArray(byte[][]::new));
            Framer framer = Framer.forRequests();
            List<byte[]> found = new ArrayList<>();
            int at = 0;
            for (int i = 0; at < stream.length; i++) {
                int size = s.chunkSizes().isEmpty() ? stream.length : s.chunkSizes().get(i % s.chunkSizes().size());
                int n = Math.min(size, stream.length - at);
                found.addAll(framer.feed(stream, at, n));
                at += n;
            }
            assertThat(found).containsExactlyElementsOf(sent);
            assertThat(framer.discarded()).isZero();
            assertThat(framer.inFrame()).isFalse();
            FramerFuzzTest.check(false, stream, s.chunkSizes().isEmpty() ? 1 : s.chunkSizes().getFirst());
        });
    }
}
