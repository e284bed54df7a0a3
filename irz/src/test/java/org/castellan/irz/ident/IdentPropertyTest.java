package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.castellan.irz.Gen;
import org.castellan.irz.RandomCases;
import org.junit.jupiter.api.Test;

/** Round trips of the identification line (irz-modem.md §1) and the greeting (§2), on thousands of generated values. */
class IdentPropertyTest {

    private static final String DIGITS = "0123456789";
    private static final String KEY_CHARS = Gen.range('A', 'Z');
    /** Printable ASCII without the separators {@code ,} and {@code =}. */
    private static final String VALUE_CHARS = Gen.range(' ', '~').replace(",", "").replace("=", "");
    /** Printable ASCII without space and {@code ,}, as §2 allows in a password. */
    private static final String PASSWORD_CHARS = Gen.range('!', '~').replace(",", "");

    @Test
    void formattedLinesParseBackToTheSameFields() {
        RandomCases.check(3000, gen -> {
            SequencedMap<String, String> fields = new LinkedHashMap<>();
            fields.put(AtImeiLine.IMEI_KEY, gen.string(DIGITS, 14, 17));
            for (int i = gen.between(0, 12); i > 0; i--) {
                String key = gen.string(KEY_CHARS, 1, 7);
                if (!key.equals(AtImeiLine.IMEI_KEY)) {
                    fields.putIfAbsent(key, gen.string(VALUE_CHARS, 0, 12));
                }
            }
            fields.remove("CHN"); // CHN must be numeric; covered by the example tests
            gen.show("fields", fields);
            byte[] line = AtImeiLine.format(fields);
            String text = new String(line, 0, line.length - 1, StandardCharsets.US_ASCII);
            assertThat(AtImeiLine.parse(text).fields()).containsExactlyEntriesOf(fields);
        });
    }

    @Test
    void greetingsParseBackToWhatWasWritten() {
        RandomCases.check(2000, gen -> {
            long epochSecond = gen.show("epochSecond", gen.between(0L, 4_000_000_000L));
            int page = gen.show("page", gen.between(0, 9999));
            String password = gen.show("password", gen.string(PASSWORD_CHARS, 1, 16));
            Clock at = Clock.fixed(Instant.ofEpochSecond(epochSecond), ZoneOffset.UTC);
            for (Greeting g : List.of(new Greeting.DataMode(), new Greeting.SettingsSession(password),
                    new Greeting.FirmwareSession(password, page))) {
                GreetingCodec.Parsed parsed = GreetingCodec.parse(new String(new GreetingCodec(at).format(g),
                        StandardCharsets.US_ASCII));
                assertThat(parsed.greeting()).isEqualTo(g);
                assertThat(parsed.time().toInstant(ZoneOffset.UTC)).isEqualTo(Instant.ofEpochSecond(epochSecond));
            }
        });
    }
}
