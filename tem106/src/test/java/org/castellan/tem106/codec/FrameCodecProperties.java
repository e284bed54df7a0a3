package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.castellan.tem106.codec.Reply.MemoryData;
import org.castellan.tem106.codec.Request.Identify;
import org.castellan.tem106.codec.Request.ReadFlash;
import org.castellan.tem106.codec.Request.ReadTimerMemory;

/** Round trips of every message, and fuzzing of the frame decoders: no exception but {@link DecodingException}. */
class FrameCodecProperties {
    @Provide
    Arbitrary<Request> requests() {
        Arbitrary<Integer> address = Arbitraries.integers().between(0, 255);
        Arbitrary<Integer> length = Arbitraries.integers().between(1, 64);
        return Arbitraries.oneOf(
                address.map(Identify::new),
                Combinators.combine(address, Arbitraries.integers().between(0, 0xFFFF), length).as(ReadTimerMemory::new),
                Combinators.combine(address, Arbitraries.longs().between(0, 0xFFFF_FFFFL), length).as(ReadFlash::new));
    }

    @Provide
    Arbitrary<List<Request>> requestLists() {
        return requests().list().ofMaxSize(6);
    }

    @Property
    void everyRequestRoundTrips(@ForAll("requests") Request request) throws DecodingException {
        assertThat(FrameCodec.decodeRequest(FrameCodec.encode(request))).isEqualTo(request);
    }

    @Property
    void everyMemoryReplyRoundTrips(@ForAll("requests") Request request, @ForAll @Size(64) byte[] data)
            throws DecodingException {
        if (request instanceof Identify) {
            return;
        }
        int address = request.address() == 0 ? 7 : request.address();
        Reply reply = new MemoryData(address, request.command(), java.util.Arrays.copyOf(data, request.replyLength()));
        byte[] frame = FrameCodec.encode(reply);
        assertThat(FrameCodec.decodeReply(request, frame)).isEqualTo(reply);
        assertThat(FrameCodec.encode(FrameCodec.decodeReply(request, frame))).isEqualTo(frame);
    }

    @Property
    void everyIdentificationRoundTrips(@ForAll @IntRange(min = 1, max = 255) int address,
            @ForAll @Size(min = 1, max = 64) byte[] model) throws DecodingException {
        Reply reply = new Reply.Identification(address, new String(model, java.nio.charset.StandardCharsets.ISO_8859_1));
        assertThat(FrameCodec.decodeReply(new Identify(address), FrameCodec.encode(reply))).isEqualTo(reply);
    }

    @Property
    void replyDecoderThrowsOnlyDecodingException(@ForAll("requests") Request request,
            @ForAll @Size(max = 80) byte[] garbage) {
        try {
            FrameCodec.decodeReply(request, garbage);
        } catch (DecodingException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }

    @Property
    void mutatedRepliesThrowOnlyDecodingException(@ForAll("requests") Request request,
            @ForAll @IntRange(min = 0, max = 70) int position, @ForAll byte value) {
        byte[] frame = FrameCodec.encode(request instanceof Identify ? new Reply.Identification(1, "TEMC106")
                : new MemoryData(1, request.command(), new byte[request.replyLength()]));
        frame[position % frame.length] = value;
        try {
            FrameCodec.decodeReply(request, frame);
        } catch (DecodingException expected) {
            assertThat(expected.getMessage()).contains("expected");
        }
    }

    @Property
    void requestDecoderThrowsOnlyDecodingException(@ForAll @Size(max = 80) byte[] garbage) {
        try {
            FrameCodec.decodeRequest(garbage);
        } catch (DecodingException expected) {
            assertThat(expected.field()).isNotBlank();
        }
    }

    @Property
    void framerFindsFramesHoweverTheStreamIsChunked(@ForAll("requestLists") List<Request> requests,
            @ForAll List<@IntRange(min = 1, max = 40) Integer> chunkSizes) {
        List<byte[]> sent = requests.stream().map(FrameCodec::encode).toList();
        byte[] stream = FramerTest.concat(sent.toArray(byte[][]::new));
        Framer framer = Framer.forRequests();
        List<byte[]> found = new ArrayList<>();
        int at = 0;
        for (int i = 0; at < stream.length; i++) {
            int size = chunkSizes.isEmpty() ? stream.length : chunkSizes.get(i % chunkSizes.size());
            int n = Math.min(size, stream.length - at);
            found.addAll(framer.feed(stream, at, n));
            at += n;
        }
        assertThat(found).containsExactlyElementsOf(sent);
    }
}
