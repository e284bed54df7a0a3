package org.castellan.irz.colprot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.METER_DATA_FRAME;
import static org.castellan.irz.GoldenVectors.SIGNAL_REQUEST;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.castellan.irz.Hex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class ColprotFrameTest {

    static Stream<Arguments> goldenFrames() {
        return Stream.of(
                Arguments.of("keep-alive §3", KEEP_ALIVE_FRAME, FrameType.KEEP_ALIVE, "B5 BC BD BE BF"),
                Arguments.of("meter data §3", METER_DATA_FRAME, FrameType.METER_DATA, "55 01 0F 00 00 A5"),
                Arguments.of("signal request §5", SIGNAL_REQUEST, FrameType.COMMAND, "01 40 01"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("goldenFrames")
    void goldenFrameDecodesToItsFieldsAndEncodesBackToTheSameBytes(String name, byte[] wire, FrameType type,
                                                                     String payloadHex) {
        List<ColprotEvent> events = new ArrayList<>();
        new ColprotDecoder(4096).feed(wire, events::add);

        ColprotFrame expected = ColprotFrame.of(type, Hex.parse(payloadHex));
        assertThat(events).containsExactly(expected);
        assertThat(ColprotEncoder.encode(expected)).isEqualTo(wire);
    }

    @Test
    void keepAliveFrameIsFifteenBytes() {
        assertThat(ColprotEncoder.encode(ColprotFrame.keepAlive())).isEqualTo(KEEP_ALIVE_FRAME).hasSize(15);
    }

    @ParameterizedTest
    @EnumSource(value = FrameType.class, names = "UNKNOWN", mode = EnumSource.Mode.EXCLUDE)
    void everyKnownTypeRoundTrips(FrameType type) {
        ColprotFrame frame = ColprotFrame.of(type, new byte[] {1, 2, 3});
        List<ColprotEvent> events = new ArrayList<>();
        new ColprotDecoder(16).feed(ColprotEncoder.encode(frame), events::add);
        assertThat(events).containsExactly(frame);
        assertThat(((ColprotFrame) events.get(0)).type()).isEqualTo(type);
    }

    @Test
    void unknownTypeKeepsItsByte() {
        ColprotFrame frame = ColprotFrame.of(0x7E, new byte[] {9});
        List<ColprotEvent> events = new ArrayList<>();
        new ColprotDecoder(16).feed(ColprotEncoder.encode(frame), events::add);
        ColprotFrame decoded = (ColprotFrame) events.get(0);
        assertThat(decoded.type()).isEqualTo(FrameType.UNKNOWN);
        assertThat(decoded.typeCode()).isEqualTo(0x7E);
    }

    @Test
    void payloadIsCopiedInAndOut() {
        byte[] payload = {1, 2};
        ColprotFrame frame = ColprotFrame.meterData(payload);
        payload[0] = 9;
        frame.payload()[1] = 9;
        assertThat(frame.payload()).containsExactly(1, 2);
    }

    @Test
    void emptyPayloadIsAllowed() {
        assertThat(ColprotEncoder.encode(ColprotFrame.of(0x05, new byte[0])))
                .isEqualTo(Hex.parse("C8 CA CB CC CD 05 00 00 0D 0A"));
    }

    @Test
    void typeAndLengthOutsideTheFrameAreRefused() {
        assertThatThrownBy(() -> ColprotFrame.of(256, new byte[0]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("expected 0–255, found 256");
        assertThatThrownBy(() -> ColprotFrame.meterData(new byte[65_536]))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("found 65536");
    }

    @Test
    void meterDataLongerThanTheLimitIsWrappedInSeveralFrames() {
        byte[] data = Hex.parse("01 02 03 04 05");
        List<byte[]> frames = new ArrayList<>();
        ColprotEncoder.encodeMeterData(data, 0, data.length, 2, frames::add);

        List<ColprotEvent> events = new ArrayList<>();
        ColprotDecoder decoder = new ColprotDecoder(2);
        frames.forEach(f -> decoder.feed(f, events::add));
        assertThat(events).containsExactly(ColprotFrame.meterData(Hex.parse("01 02")),
                ColprotFrame.meterData(Hex.parse("03 04")), ColprotFrame.meterData(Hex.parse("05")));
    }
}
