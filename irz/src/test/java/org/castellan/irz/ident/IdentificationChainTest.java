package org.castellan.irz.ident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.castellan.irz.GoldenVectors.GREETING_DAT;
import static org.castellan.irz.GoldenVectors.IDENT_LINE_COLPROT;
import static org.castellan.irz.GoldenVectors.IDENT_LINE_RAW_CHN;
import static org.castellan.irz.GoldenVectors.IMEI;
import static org.castellan.irz.GoldenVectors.KEEP_ALIVE_FRAME;
import static org.castellan.irz.GoldenVectors.LENGTH_PREFIXED_IMEI;
import static org.castellan.irz.GoldenVectors.ascii;
import static org.castellan.irz.GoldenVectors.concat;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.castellan.irz.Chunks;
import org.castellan.irz.Hex;
import org.castellan.irz.MutableClock;
import org.castellan.irz.ident.IdentificationResult.Identified;
import org.castellan.irz.ident.IdentificationResult.NeedMore;
import org.castellan.irz.ident.IdentificationResult.Rejected;
import org.castellan.irz.raw.BytePattern;
import org.junit.jupiter.api.Test;

class IdentificationChainTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2024-03-01T12:00:00Z"));
    private final IdentificationChain irzPort = IdentificationChain.builder(clock)
            .then(AtImeiRecogniser.defaults(clock))
            .then(LengthPrefixedImeiRecogniser.plain())
            .build();

    private IdentificationResult identify(IdentificationChain chain, List<byte[]> chunks) {
        IdentificationAttempt attempt = chain.begin(null);
        for (byte[] chunk : chunks) {
            if (attempt.decided()) {
                break;
            }
            attempt.feed(chunk);
        }
        return attempt.result();
    }

    private IdentificationResult identify(byte[] bytes) {
        return identify(irzPort, List.of(bytes));
    }

    @Test
    void colprotLineIsIdentifiedAndGreeted() {
        Identified id = (Identified) identify(IDENT_LINE_COLPROT);

        assertThat(id.identity().id()).isEqualTo(DeviceId.imei(IMEI));
        assertThat(id.framing()).isEqualTo(new Framing.Colprot("1.3"));
        assertThat(id.reply()).isEqualTo(GREETING_DAT);
        assertThat(id.leftover()).isEmpty();
    }

    @Test
    void rawLineIsNotGreetedByDefaultAndStripsTheKeepAlive() {
        Identified id = (Identified) identify(IDENT_LINE_RAW_CHN);

        assertThat(id.framing()).isEqualTo(new Framing.Raw(List.of(BytePattern.IRZ_KEEP_ALIVE)));
        assertThat(id.reply()).isEmpty();
        assertThat(id.identity().channel()).isEqualTo(2);
    }

    @Test
    void greetingPolicyAlwaysGreetsRawModems() {
        IdentificationChain chain = IdentificationChain.builder(clock)
                .then(new AtImeiRecogniser(512, GreetingPolicy.ALWAYS, new GreetingCodec(clock), List.of()))
                .build();
        assertThat(((Identified) identify(chain, List.of(IDENT_LINE_RAW_CHN))).reply()).isEqualTo(GREETING_DAT);
    }

    @Test
    void lineSplitAtEveryByteIsIdentifiedOnlyAtItsNewline() {
        IdentificationAttempt attempt = irzPort.begin(null);
        List<byte[]> bytes = Chunks.bytewise(IDENT_LINE_COLPROT);
        for (int i = 0; i < bytes.size() - 1; i++) {
            assertThat(attempt.feed(bytes.get(i))).as("after byte %d", i).isInstanceOf(NeedMore.class);
        }
        assertThat(attempt.feed(bytes.getLast())).isInstanceOf(Identified.class);
    }

    @Test
    void lineSplitAtAnyPositionGivesTheSameIdentity() {
        ModemIdentity whole = ((Identified) identify(IDENT_LINE_COLPROT)).identity();
        for (int cut = 0; cut <= IDENT_LINE_COLPROT.length; cut++) {
            assertThat(((Identified) identify(irzPort, Chunks.cutAt(IDENT_LINE_COLPROT, cut))).identity())
                    .as("cut at %d", cut).isEqualTo(whole);
        }
    }

    @Test
    void bytesAfterTheLineComeBackAsLeftoverEvenBeyondTheSizeLimit() {
        byte[] frames = concat(KEEP_ALIVE_FRAME, new byte[600]);
        Identified id = (Identified) identify(irzPort, Chunks.cutAt(concat(IDENT_LINE_COLPROT, frames), 20));
        assertThat(id.leftover()).isEqualTo(frames);
    }

    @Test
    void lineLongerThanTheLimitIsTooLong() {
        byte[] longLine = ascii("AT$IMEI=" + IMEI + ",X=" + "a".repeat(600) + ",\n");
        Rejected rejected = (Rejected) identify(longLine);
        assertThat(rejected.reason()).isEqualTo(RejectReason.TOO_LONG);
    }

    @Test
    void noNewlineWithinTheLimitIsTooLongEvenInSmallPieces() {
        byte[] noNewline = ascii("AT$IMEI=" + IMEI + ",X=" + "a".repeat(520));
        assertThat(((Rejected) identify(irzPort, Chunks.cutAt(noNewline, 100, 200, 300, 400))).reason())
                .isEqualTo(RejectReason.TOO_LONG);
    }

    @Test
    void badImeiIsRejectedAsBadId() {
        Rejected rejected = (Rejected) identify(ascii("AT$IMEI=12345,CSQ=17,\n"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.BAD_ID);
        assertThat(rejected.detail()).contains("IMEI: expected 14–17 digits, found \"12345\"");
    }

    @Test
    void malformedChannelIsRejectedAsMalformed() {
        assertThat(((Rejected) identify(ascii("AT$IMEI=" + IMEI + ",CHN=-1,\n"))).reason())
                .isEqualTo(RejectReason.MALFORMED);
    }

    @Test
    void unknownFirstBytesAreUnrecognised() {
        Rejected rejected = (Rejected) identify(ascii("GET / HTTP/1.1\r\n"));
        assertThat(rejected.reason()).isEqualTo(RejectReason.UNRECOGNISED);
        assertThat(rejected.detail()).contains("47 45 54");
    }

    @Test
    void deadlinePassedRejectsTheAttempt() {
        IdentificationAttempt attempt = irzPort.begin(null);
        attempt.feed(ascii("AT$IMEI=86"));
        assertThat(attempt.deadline()).isEqualTo(clock.instant().plus(IdentificationChain.DEFAULT_TIME_LIMIT));

        clock.advance(Duration.ofSeconds(29));
        assertThat(attempt.checkDeadline()).isInstanceOf(NeedMore.class);
        clock.advance(Duration.ofSeconds(1));
        assertThat(((Rejected) attempt.checkDeadline()).reason()).isEqualTo(RejectReason.DEADLINE);
    }

    @Test
    void bytesArrivingAfterTheDeadlineDoNotIdentify() {
        IdentificationAttempt attempt = irzPort.begin(null);
        clock.advance(Duration.ofMinutes(1));
        assertThat(((Rejected) attempt.feed(IDENT_LINE_COLPROT)).reason()).isEqualTo(RejectReason.DEADLINE);
    }

    @Test
    void connectionClosedBeforeIdentificationIsCounted() {
        IdentificationAttempt attempt = irzPort.begin(null);
        attempt.feed(ascii("AT$"));
        assertThat(((Rejected) attempt.endOfStream()).reason()).isEqualTo(RejectReason.CLOSED);
    }

    @Test
    void decidedAttemptRefusesMoreBytes() {
        IdentificationAttempt attempt = irzPort.begin(null);
        attempt.feed(IDENT_LINE_COLPROT);
        assertThatThrownBy(() -> attempt.feed(new byte[1])).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void lengthPrefixedImeiIsAcceptedWithOne() {
        Identified id = (Identified) identify(LENGTH_PREFIXED_IMEI);
        assertThat(id.identity().id()).isEqualTo(DeviceId.imei(IMEI));
        assertThat(id.reply()).containsExactly(0x01);
        assertThat(id.framing()).isEqualTo(new Framing.Raw(List.of()));
    }

    @Test
    void lengthPrefixedImeiWithLettersIsRejectedWithZero() {
        Rejected rejected = (Rejected) identify(concat(Hex.parse("00 0F"), ascii("86123004567890X")));
        assertThat(rejected.reason()).isEqualTo(RejectReason.BAD_ID);
        assertThat(rejected.reply()).containsExactly(0x00);
    }

    @Test
    void deviceNotOnTheAllowListIsRejectedWithTheRejectReply() {
        IdentificationChain allowList = IdentificationChain.builder(clock)
                .then(LengthPrefixedImeiRecogniser.plain())
                .admission(Set.of(DeviceId.imei("999999999999999"))::contains)
                .build();
        Rejected rejected = (Rejected) identify(allowList, List.of(LENGTH_PREFIXED_IMEI));
        assertThat(rejected.reason()).isEqualTo(RejectReason.NOT_ADMITTED);
        assertThat(rejected.reply()).containsExactly(0x00);
    }

    @Test
    void earlierRecogniserHasPriorityEvenWhenALaterOneCouldMatch() {
        RegistrationRecogniser anyFifteen = new RegistrationRecogniser(RegexRegistration.of("(?<id>.{15})"),
                IdKind.TEXT, RegistrationRecogniser.Mode.ONCE, Optional.empty());
        IdentificationChain lineFirst = IdentificationChain.builder(clock)
                .then(AtImeiRecogniser.defaults(clock)).then(anyFifteen).build();
        IdentificationChain registrationFirst = IdentificationChain.builder(clock)
                .then(anyFifteen).then(AtImeiRecogniser.defaults(clock)).build();

        assertThat(((Identified) identify(lineFirst, List.of(IDENT_LINE_COLPROT))).identity().id().kind())
                .isEqualTo(IdKind.IMEI);
        assertThat(((Identified) identify(registrationFirst, List.of(IDENT_LINE_COLPROT))).identity().id())
                .isEqualTo(new DeviceId(IdKind.TEXT, "AT$IMEI=8612300"));
    }

    @Test
    void dedicatedPortIdentifiesAtConnectWithoutBytes() {
        IdentificationChain dedicated = IdentificationChain.builder(clock)
                .then(new DedicatedPortRecogniser(DeviceId.imei(IMEI), new Framing.Raw(List.of())))
                .build();
        IdentificationAttempt attempt = dedicated.begin(null);
        assertThat(attempt.decided()).isTrue();
        assertThat(((Identified) attempt.result()).identity().id()).isEqualTo(DeviceId.imei(IMEI));
    }

    @Test
    void knownSourceAddressIdentifiesAndAnUnknownOneFallsThrough() throws Exception {
        InetAddress known = InetAddress.getByAddress(new byte[] {10, 1, 2, 3});
        IdentificationChain byAddress = IdentificationChain.builder(clock)
                .then(new SourceAddressRecogniser(Map.of(known, DeviceId.imei(IMEI)), new Framing.Raw(List.of())))
                .then(AtImeiRecogniser.defaults(clock))
                .build();
        assertThat(byAddress.begin(new InetSocketAddress(known, 4000)).result()).isInstanceOf(Identified.class);
        IdentificationAttempt unknown = byAddress.begin(new InetSocketAddress("10.9.9.9", 4000));
        assertThat(unknown.result()).isInstanceOf(NeedMore.class);
        assertThat(unknown.feed(IDENT_LINE_COLPROT)).isInstanceOf(Identified.class);
    }

    @Test
    void chainSettingsAreValidated() {
        assertThatThrownBy(() -> IdentificationChain.builder(clock).build())
                .hasMessageContaining("recognisers: expected at least one");
        assertThatThrownBy(() -> IdentificationChain.builder(clock).then(LengthPrefixedImeiRecogniser.plain())
                .timeLimit(Duration.ZERO).build()).hasMessageContaining("timeLimit");
    }
}
