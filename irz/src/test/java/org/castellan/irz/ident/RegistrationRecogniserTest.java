package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.IMEI;
import static org.castellan.irz.GoldenVectors.ascii;
import static org.castellan.irz.GoldenVectors.concat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.castellan.irz.Chunks;
import org.castellan.irz.Hex;
import org.castellan.irz.MutableClock;
import org.castellan.irz.ident.IdentificationResult.Identified;
import org.castellan.irz.ident.IdentificationResult.NeedMore;
import org.castellan.irz.ident.IdentificationResult.Rejected;
import org.castellan.irz.ident.RegistrationRecogniser.Mode;
import org.castellan.irz.raw.BytePattern;
import org.junit.jupiter.api.Test;

class RegistrationRecogniserTest {

    private static final RecognitionContext NO_CONTEXT = new RecognitionContext(Optional.empty());
    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));

    private IdentificationAttempt begin(RegistrationRecogniser recogniser) {
        return IdentificationChain.builder(clock).then(recogniser).build().begin(null);
    }

    @Test
    void regexPacketSentOnceIdentifiesAndLeavesTheDataAfterIt() {
        RegistrationRecogniser once = new RegistrationRecogniser(RegexRegistration.of("REG:(?<id>\\d{15});"),
                IdKind.IMEI, Mode.ONCE, Optional.empty());
        byte[] data = Hex.parse("68 04 04 68");
        Identified id = (Identified) begin(once).feed(concat(ascii("REG:" + IMEI + ";"), data));

        assertThat(id.identity().id()).isEqualTo(DeviceId.imei(IMEI));
        assertThat(id.identity().field(RegistrationRecogniser.PACKET_KEY)).contains("REG:" + IMEI + ";");
        assertThat(id.leftover()).isEqualTo(data);
        assertThat(id.framing()).isEqualTo(new Framing.Raw(List.of()));
    }

    @Test
    void packetRepeatedBeforeEveryPacketBecomesAPatternToStripWithTheHeartbeat() {
        BytePattern heartbeat = BytePattern.ofHex("FE 01");
        RegistrationRecogniser prefix = new RegistrationRecogniser(RegexRegistration.of("(?<id>\\d{15})"),
                IdKind.IMEI, Mode.EVERY_PACKET, Optional.of(heartbeat));
        Identified id = (Identified) begin(prefix).feed(ascii(IMEI + "x"));

        assertThat(id.framing()).isEqualTo(new Framing.Raw(List.of(heartbeat, BytePattern.of(ascii(IMEI)))));
        assertThat(id.leftover()).isEqualTo(ascii("x"));
    }

    @Test
    void regexWaitsWhileMoreBytesCouldStillChangeTheMatch() {
        RegexRegistration digits = RegexRegistration.of("ID(?<id>\\d+);?");
        assertThat(digits.match(ascii("ID123"), 5)).isEqualTo(RegistrationMatcher.Pending.NEED_MORE);
        assertThat(digits.match(ascii("ID123;"), 6)).isEqualTo(new RegistrationMatcher.Found(6, "123"));
        assertThat(digits.match(ascii("XX"), 2)).isEqualTo(RegistrationMatcher.Pending.NOT_MINE);
    }

    @Test
    void regexPacketSplitAtEveryByteIsFoundOnce() {
        RegistrationRecogniser once = new RegistrationRecogniser(RegexRegistration.of("(?<id>\\d{15})"),
                IdKind.IMEI, Mode.ONCE, Optional.empty());
        IdentificationAttempt attempt = begin(once);
        List<byte[]> bytes = Chunks.bytewise(ascii(IMEI));
        for (int i = 0; i < bytes.size() - 1; i++) {
            assertThat(attempt.feed(bytes.get(i))).isInstanceOf(NeedMore.class);
        }
        assertThat(attempt.feed(bytes.getLast())).isInstanceOf(Identified.class);
    }

    @Test
    void hexTemplateWithWildcardsTakesTheIdFromTheWildcards() {
        HexTemplate template = HexTemplate.parse("AA 55 ?? ?? ?? ?? ?? ?? 0D", HexTemplate.IdText.HEX);
        RegistrationRecogniser mac = new RegistrationRecogniser(template, IdKind.MAC, Mode.ONCE, Optional.empty());
        Identified id = (Identified) begin(mac).feed(Hex.parse("AA 55 00 1A 2B 3C 4D 5E 0D 99"));

        assertThat(id.identity().id()).isEqualTo(new DeviceId(IdKind.MAC, "001A2B3C4D5E"));
        assertThat(id.identity().field(RegistrationRecogniser.PACKET_KEY)).contains("AA 55 00 1A 2B 3C 4D 5E 0D");
        assertThat(id.leftover()).containsExactly(0x99);
    }

    @Test
    void hexTemplateRefusesAMismatchAtTheFirstWrongByte() {
        HexTemplate template = HexTemplate.parse("AA55????", HexTemplate.IdText.ASCII);
        assertThat(template.match(Hex.parse("AA 54"), 2)).isEqualTo(RegistrationMatcher.Pending.NOT_MINE);
        assertThat(template.match(Hex.parse("AA 55 31"), 3)).isEqualTo(RegistrationMatcher.Pending.NEED_MORE);
        assertThat(template.match(Hex.parse("AA 55 31 32"), 4)).isEqualTo(new RegistrationMatcher.Found(4, "12"));
    }

    @Test
    void idOfTheWrongKindIsRejectedAsBadId() {
        RegistrationRecogniser iccid = new RegistrationRecogniser(RegexRegistration.of("(?<id>\\w{5})"), IdKind.ICCID,
                Mode.ONCE, Optional.empty());
        Rejected rejected = (Rejected) begin(iccid).feed(ascii("ABCDE"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.BAD_ID);
        assertThat(rejected.detail()).contains("ICCID").contains("ABCDE");
    }

    @Test
    void templatesAndPatternsAreValidated() {
        assertThatThrownBy(() -> HexTemplate.parse("AA 5G", HexTemplate.IdText.ASCII))
                .hasMessageContaining("byte 1: expected two hex digits or ??, found \"5G\"");
        assertThatThrownBy(() -> HexTemplate.parse("AA".repeat(41), HexTemplate.IdText.ASCII))
                .hasMessageContaining("1–40 pairs");
        assertThatThrownBy(() -> RegexRegistration.of("\\d*")).hasMessageContaining("at least one byte");
    }

    @Test
    void recogniserNeverMatchesFromContextAlone() {
        RegistrationRecogniser once = new RegistrationRecogniser(RegexRegistration.of("(?<id>\\d{15})"),
                IdKind.IMEI, Mode.ONCE, Optional.empty());
        assertThat(once.examine(new byte[0], 0, NO_CONTEXT)).isEqualTo(Recognition.NEED_MORE);
    }
}
