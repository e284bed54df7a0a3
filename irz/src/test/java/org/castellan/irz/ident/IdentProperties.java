package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SequencedMap;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import org.castellan.irz.Chunks;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.MutableClock;

class IdentProperties {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));
    private final IdentificationChain chain = IdentificationChain.builder(clock)
            .then(AtImeiRecogniser.defaults(clock))
            .then(LengthPrefixedImeiRecogniser.plain())
            .then(new RegistrationRecogniser(HexTemplate.parse("AA ?? ?? 55", HexTemplate.IdText.HEX), IdKind.TEXT,
                    RegistrationRecogniser.Mode.EVERY_PACKET, Optional.empty()))
            .build();

    @Property(tries = 300)
    void arbitraryBytesNeverThrowAndStayWithinTheLimit(@ForAll("streams") byte[] bytes,
                                                      @ForAll("cuts") List<Integer> cuts) {
        IdentificationAttempt attempt = chain.begin(null);
        int[] positions = cuts.stream().mapToInt(c -> Math.min(c, bytes.length)).sorted().toArray();
        for (byte[] chunk : Chunks.cutAt(bytes, positions)) {
            if (attempt.decided()) {
                break;
            }
            attempt.feed(chunk);
            assertThat(attempt.bufferedBytes()).isLessThanOrEqualTo(chain.maxBytes());
        }
        if (attempt.result() instanceof IdentificationResult.Identified id) {
            assertThat(id.leftover().length).isLessThanOrEqualTo(bytes.length);
        }
    }

    @Property(tries = 300)
    void formattedLinesParseBackToTheSameFields(@ForAll("imeis") String imei,
                                                @ForAll("fieldMaps") Map<String, String> extra)
            throws IrzDecodingException {
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put(AtImeiLine.IMEI_KEY, imei);
        extra.forEach(fields::putIfAbsent);
        fields.remove("CHN"); // CHN must be numeric; covered by the example tests
        byte[] line = AtImeiLine.format(fields);
        String text = new String(line, 0, line.length - 1, StandardCharsets.US_ASCII);
        assertThat(AtImeiLine.parse(text).fields()).containsExactlyEntriesOf(fields);
    }

    @Property(tries = 200)
    void greetingsParseBackToWhatWasWritten(@ForAll @LongRange(min = 0, max = 4_000_000_000L) long epochSecond,
                                            @ForAll @IntRange(min = 0, max = 9999) int page,
                                            @ForAll("passwords") String password) throws IrzDecodingException {
        Clock at = Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
        for (Greeting g : List.of(new Greeting.DataMode(), new Greeting.SettingsSession(password),
                new Greeting.FirmwareSession(password, page))) {
            GreetingCodec.Parsed parsed = GreetingCodec.parse(new String(new GreetingCodec(at).format(g),
                    StandardCharsets.US_ASCII));
            assertThat(parsed.greeting()).isEqualTo(g);
            assertThat(parsed.time().toInstant(ZoneOffset.UTC)).isEqualTo(Instant.ofEpochSecond(epochSecond));
        }
    }

    @Provide
    Arbitrary<byte[]> streams() {
        Arbitrary<byte[]> noise = Arbitraries.bytes().array(byte[].class).ofMaxSize(700);
        Arbitrary<byte[]> lineLike = Arbitraries.strings().withChars("AT$IMEI=0123456789,CSQ\n\r")
                .ofMaxLength(700).map(s -> ("AT$IMEI=" + s).getBytes(StandardCharsets.US_ASCII));
        Arbitrary<byte[]> prefixed = Arbitraries.bytes().array(byte[].class).ofMaxSize(30)
                .map(b -> org.castellan.irz.GoldenVectors.concat(new byte[] {0, 0x0F}, b));
        return Arbitraries.oneOf(noise, lineLike, prefixed);
    }

    @Provide
    Arbitrary<List<Integer>> cuts() {
        return Arbitraries.integers().between(0, 720).list().ofMaxSize(6);
    }

    @Provide
    Arbitrary<String> imeis() {
        return Arbitraries.strings().numeric().ofMinLength(14).ofMaxLength(17);
    }

    @Provide
    Arbitrary<Map<String, String>> fieldMaps() {
        Arbitrary<String> keys = Arbitraries.strings().withCharRange('A', 'Z').ofMinLength(1).ofMaxLength(7)
                .filter(k -> !k.equals(AtImeiLine.IMEI_KEY));
        Arbitrary<String> values = Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(12)
                .filter(v -> v.indexOf(',') < 0 && v.indexOf('=') < 0);
        return Arbitraries.maps(keys, values).ofMaxSize(12);
    }

    @Provide
    Arbitrary<String> passwords() {
        return Arbitraries.strings().withCharRange('!', '~').ofMinLength(1).ofMaxLength(16)
                .filter(p -> p.indexOf(',') < 0);
    }
}
