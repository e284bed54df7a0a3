package org.castellan.tem106.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.tem106.codec.SeedVectors.replyFrame;

import java.util.Arrays;
import java.util.stream.Stream;
import org.castellan.tem106.codec.Reply.Identification;
import org.castellan.tem106.codec.Reply.MemoryData;
import org.castellan.tem106.codec.Request.Identify;
import org.castellan.tem106.codec.Request.ReadFlash;
import org.castellan.tem106.codec.Request.ReadTimerMemory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class FrameCodecTest {
    private static final ReadTimerMemory READ_4 = new ReadTimerMemory(1, 0x0180, 4);
    private static final byte[] FOUR = {1, 2, 3, 4};

    @Test
    void identifyRequestIsTheSeedExample() throws DecodingException {
        assertThat(FrameCodec.encode(new Identify(1))).isEqualTo(SeedVectors.IDENTIFY_REQUEST);
        assertThat(FrameCodec.decodeRequest(SeedVectors.IDENTIFY_REQUEST)).isEqualTo(new Identify(1));
    }

    @Test
    void identifyAtAddressZeroIsTheDiscoveryFrame() {
        assertThat(FrameCodec.encode(new Identify(0))).isEqualTo(SeedVectors.IDENTIFY_ANY_REQUEST);
    }

    @Test
    void timerMemoryRequestIsTheSeedExample() throws DecodingException {
        ReadTimerMemory request = new ReadTimerMemory(1, 0x0180, 0x40);
        assertThat(FrameCodec.encode(request)).isEqualTo(SeedVectors.READ_TIMER_REQUEST);
        assertThat(FrameCodec.decodeRequest(SeedVectors.READ_TIMER_REQUEST)).isEqualTo(request);
    }

    @Test
    void flashRequestPutsTheCountBeforeTheAddress() throws DecodingException {
        ReadFlash request = new ReadFlash(1, 0x00010080L, 0x40);
        assertThat(FrameCodec.encode(request)).isEqualTo(SeedVectors.READ_FLASH_REQUEST);
        assertThat(FrameCodec.decodeRequest(SeedVectors.READ_FLASH_REQUEST)).isEqualTo(request);
    }

    @Test
    void identifyReplyCarriesTheModelString() throws DecodingException {
        Reply reply = FrameCodec.decodeReply(new Identify(1), SeedVectors.IDENTIFY_REPLY);
        assertThat(reply).isEqualTo(new Identification(1, "TEMC106"));
        assertThat(((Identification) reply).looksLikeTem()).isTrue();
        assertThat(FrameCodec.encode(reply)).isEqualTo(SeedVectors.IDENTIFY_REPLY);
    }

    @Test
    void cyrillicModelStringIsKeptRawAndStillRecognised() throws DecodingException {
        Identification reply =
                (Identification) FrameCodec.decodeReply(new Identify(1), SeedVectors.IDENTIFY_REPLY_CYRILLIC);
        assertThat(reply.model()).hasSize(7);
        assertThat(reply.looksLikeTem()).isTrue();
        assertThat(FrameCodec.encode(reply)).isEqualTo(SeedVectors.IDENTIFY_REPLY_CYRILLIC);
    }

    @Test
    void relatedModelsAreRecognisedAndOthersAreNot() {
        assertThat(new Identification(1, "TEM-104").looksLikeTem()).isTrue();
        assertThat(new Identification(1, "TSM-104").looksLikeTem()).isTrue();
        assertThat(new Identification(1, "VKT-7").looksLikeTem()).isFalse();
    }

    @Test
    void replyToIdentifyAtAddressZeroIsAcceptedFromAnyAddress() throws DecodingException {
        assertThat(FrameCodec.decodeReply(new Identify(0), SeedVectors.IDENTIFY_REPLY).address()).isEqualTo(1);
    }

    @Test
    void memoryReplyRoundTrips() throws DecodingException {
        byte[] frame = replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, FOUR);
        Reply reply = FrameCodec.decodeReply(READ_4, frame);
        assertThat(reply).isEqualTo(new MemoryData(1, Command.READ_TIMER_MEMORY, FOUR));
        assertThat(FrameCodec.encode(reply)).isEqualTo(frame);
    }

    static Stream<Arguments> badReplies() {
        byte[] good = replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, FOUR);
        byte[] badChecksum = good.clone();
        badChecksum[badChecksum.length - 1] ^= 0x01;
        return Stream.of(
                Arguments.of("start byte", replyFrame(0x55, 1, 0xFE, 0x0F, 0x01, FOUR), "SIG", "0xAA", "0x55"),
                Arguments.of("wrong address", replyFrame(0xAA, 2, 0xFD, 0x0F, 0x01, FOUR), "ADDR", "0x01", "0x02"),
                Arguments.of("wrong inverted address", replyFrame(0xAA, 1, 0xFF, 0x0F, 0x01, FOUR), "!ADDR", "0xFE", "0xFF"),
                Arguments.of("group echo", replyFrame(0xAA, 1, 0xFE, 0x00, 0x01, FOUR), "CGRP", "0x0F", "0x00"),
                Arguments.of("command echo", replyFrame(0xAA, 1, 0xFE, 0x0F, 0x03, FOUR), "CMD", "0x01", "0x03"),
                Arguments.of("length", replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, new byte[5]), "LEN", "0x04", "0x05"),
                Arguments.of("checksum", badChecksum, "CS", hex(good[good.length - 1]), hex(badChecksum[good.length - 1])),
                Arguments.of("truncated", Arrays.copyOf(good, good.length - 1), "reply size", "11 bytes for LEN 4",
                        "10 bytes"),
                Arguments.of("too short for a header", Arrays.copyOf(good, 5), "reply size", "at least 7 bytes", "5 bytes"),
                Arguments.of("oversize", new byte[72], "reply size", "at most 71 bytes", "72 bytes"),
                Arguments.of("LEN over 64", replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, new byte[65]), "reply size",
                        "at most 71 bytes", "72 bytes"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badReplies")
    void everyValidatedFieldHasItsOwnError(String name, byte[] frame, String field, String expected, String found) {
        assertThatThrownBy(() -> FrameCodec.decodeReply(READ_4, frame))
                .isInstanceOfSatisfying(DecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo(field);
                    assertThat(e.expected()).isEqualTo(expected);
                    assertThat(e.found()).isEqualTo(found);
                    assertThat(e.getMessage()).isEqualTo(field + ": expected " + expected + ", found " + found);
                });
    }

    @Test
    void lengthFieldAboveSixtyFourIsRejectedEvenWhenTheSizeFits() {
        byte[] frame = replyFrame(0xAA, 1, 0xFE, 0x0F, 0x01, FOUR);
        frame[5] = 0x41;
        assertThatThrownBy(() -> FrameCodec.decodeReply(READ_4, frame))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.field()).isEqualTo("LEN"));
    }

    @Test
    void emptyModelStringIsADecodingError() {
        byte[] frame = replyFrame(0xAA, 1, 0xFE, 0x00, 0x00, new byte[0]);
        assertThatThrownBy(() -> FrameCodec.decodeReply(new Identify(1), frame))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.field()).isEqualTo("LEN"));
    }

    @Test
    void unknownCommandInARequestIsNamed() {
        byte[] frame = SeedVectors.hex("55 01 FE 0F 02 00 00");
        frame[6] = (byte) Checksum.of(frame, 0, 6);
        assertThatThrownBy(() -> FrameCodec.decodeRequest(frame))
                .isInstanceOfSatisfying(DecodingException.class, e -> {
                    assertThat(e.field()).isEqualTo("CGRP CMD");
                    assertThat(e.found()).isEqualTo("0F 02");
                });
    }

    @Test
    void requestWithTlenZeroIsRejected() {
        byte[] frame = SeedVectors.READ_TIMER_REQUEST.clone();
        frame[8] = 0;
        frame[9] = (byte) Checksum.of(frame, 0, 9);
        assertThatThrownBy(() -> FrameCodec.decodeRequest(frame))
                .isInstanceOfSatisfying(DecodingException.class, e -> assertThat(e.field()).isEqualTo("TLEN"));
    }

    @Test
    void requestsOutsideTheProtocolCannotBeBuilt() {
        assertThatThrownBy(() -> new ReadTimerMemory(1, 0, 65)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ReadFlash(1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Identify(256)).isInstanceOf(IllegalArgumentException.class);
    }

    private static String hex(byte value) {
        return DecodingException.hex(value & 0xFF);
    }
}
