package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.GREETING_DAT;
import static org.castellan.irz.GoldenVectors.GREETING_FRM;
import static org.castellan.irz.GoldenVectors.GREETING_SET;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.stream.Stream;
import org.castellan.irz.IrzDecodingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class GreetingCodecTest {

    private static final Clock NOON_UTC = Clock.fixed(Instant.parse("2024-03-01T12:00:00Z"), ZoneId.of("UTC"));

    static Stream<Arguments> greetings() {
        return Stream.of(
                Arguments.of(new Greeting.DataMode(), GREETING_DAT),
                Arguments.of(new Greeting.SettingsSession("5492"), GREETING_SET),
                Arguments.of(new Greeting.FirmwareSession("5492", 12), GREETING_FRM));
    }

    @ParameterizedTest
    @MethodSource("greetings")
    void formatsTheDocumentsGreetingsAndParsesThemBack(Greeting greeting, byte[] wire) throws IrzDecodingException {
        assertThat(new GreetingCodec(NOON_UTC).format(greeting)).isEqualTo(wire);
        GreetingCodec.Parsed parsed = GreetingCodec.parse(new String(wire, StandardCharsets.US_ASCII));
        assertThat(parsed.greeting()).isEqualTo(greeting);
        assertThat(parsed.time()).isEqualTo(LocalDateTime.of(2024, 3, 1, 12, 0, 0));
    }

    @Test
    void timeIsTheClocksWallTimeInItsZone() {
        Clock moscow = NOON_UTC.withZone(ZoneId.of("Europe/Moscow"));
        assertThat(new String(new GreetingCodec(moscow).format(new Greeting.DataMode()), StandardCharsets.US_ASCII))
                .isEqualTo("20240301150000,MOD=DAT,\r");
    }

    @Test
    void malformedGreetingNamesWhatWasExpected() {
        assertThatThrownBy(() -> GreetingCodec.parse("2024,MOD=DAT,\r"))
                .isInstanceOf(IrzDecodingException.class).hasMessageContaining("yyyyMMddHHmmss,MOD=DAT|SET|FRM");
        assertThatThrownBy(() -> GreetingCodec.parse("20241399120000,MOD=DAT,"))
                .isInstanceOf(IrzDecodingException.class).hasMessageContaining("greeting time");
        assertThatThrownBy(() -> GreetingCodec.parse("20240301120000,MOD=FRM,PSW=5492,"))
                .isInstanceOf(IrzDecodingException.class).hasMessageContaining("PAG");
    }

    @Test
    void passwordsThatWouldBreakTheLineAreRefused() {
        assertThatThrownBy(() -> new Greeting.SettingsSession("54,92")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void policyGreetsColprotModemsByDefault() {
        assertThat(GreetingPolicy.COLPROT_ONLY.greets(true)).isTrue();
        assertThat(GreetingPolicy.COLPROT_ONLY.greets(false)).isFalse();
        assertThat(GreetingPolicy.ALWAYS.greets(false)).isTrue();
        assertThat(GreetingPolicy.NEVER.greets(true)).isFalse();
    }
}
