package org.castellan.gsm.modem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.castellan.gsm.GsmDecodingException;
import org.castellan.gsm.Hex;
import org.castellan.gsm.at.AtResponse;
import org.castellan.gsm.at.CallEnd;
import org.castellan.gsm.at.RegistrationState;
import org.castellan.gsm.pdu.PhoneNumber;
import org.castellan.gsm.pdu.SmsSubmit;
import org.castellan.gsm.pdu.SmsSubmitCodec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The exact bytes the session writes and how it reads what a modem answers, against a {@link ScriptedModem}. The
 * conversations with the emulator are in {@link ConversationContract}.
 */
@Timeout(30)
class GsmModemTest {

    /** "hellohello" to +46708251358: the PDU of Lars Pettersson's example, 23 octets after the SMSC field. */
    private static final String HELLOHELLO_PDU = "0011000B916407281553F80000AA0AE8329BFD4697D9EC37";

    private static final ModemSettings FAST = ModemSettings.defaults().withCommandTimeout(Duration.ofMillis(300))
            .withSmsTimeout(Duration.ofMillis(500));

    private final ScriptedModem script = new ScriptedModem();

    @AfterEach
    void closeScript() {
        script.close();
    }

    private GsmModem modem() {
        return GsmModem.over(script.port(), ModemSettings.defaults(), Clock.systemUTC());
    }

    @Test
    void initialisationSendsTheCommandsInOrderAndReadsPastTheEcho() throws GsmModemException {
        script.initialised();

        ModemState state = modem().initialise();

        script.assertFollowed();
        assertThat(state.registration()).isEqualTo(RegistrationState.HOME);
        assertThat(state.signal()).isEqualTo(new AtResponse.SignalQuality(21, 99));
    }

    @Test
    void aFirstAtLostToAutobaudingIsRepeated() throws GsmModemException {
        script.on("\u001B", "").on("AT\r", "").on("AT\r", "\r\nOK\r\n").on("ATE0\r", "\r\nOK\r\n")
                .on("AT+CMEE=1\r", "\r\nOK\r\n").on("AT+CMGF=0\r", "\r\nOK\r\n")
                .on("AT+CPIN?\r", "\r\n+CPIN: READY\r\n\r\nOK\r\n").on("AT+CREG?\r", "\r\n+CREG: 0,5\r\n\r\nOK\r\n")
                .on("AT+CSQ\r", "\r\n+CSQ: 99,99\r\n\r\nOK\r\n");

        ModemState state = GsmModem.over(script.port(), FAST, Clock.systemUTC()).initialise();

        script.assertFollowed();
        assertThat(state.registration()).isEqualTo(RegistrationState.ROAMING);
    }

    @Test
    void anSmsIsTheLengthThenThePduAndCtrlZ() throws GsmModemException {
        script.on("AT+CMGS=23\r", "\r\n> ").on(HELLOHELLO_PDU + "\u001A", "\r\n+CMGS: 42\r\n\r\nOK\r\n");

        assertThat(modem().sendSms("+46708251358", "hellohello")).containsExactly(42);

        script.assertFollowed();
    }

    @Test
    void answersArrivingByteByByteAreTheSame() throws GsmModemException {
        script.onBytewise("AT+CMGS=23\r", "AT+CMGS=23\r\r\n> ")
                .onBytewise(HELLOHELLO_PDU + "\u001A", HELLOHELLO_PDU + "\u001A\r\n+CMGS: 7\r\n\r\nOK\r\n");

        assertThat(modem().sendSms("+46708251358", "hellohello")).containsExactly(7);

        script.assertFollowed();
    }

    @Test
    void aLongTextIsSentPartAfterPart() throws GsmModemException {
        GsmModem modem = modem();
        List<SmsSubmit> parts = modem.compose(PhoneNumber.parse("+79161234567"), "x".repeat(200));
        for (SmsSubmit part : parts) {
            byte[] pdu = SmsSubmitCodec.encode(part);
            script.on("AT+CMGS=" + SmsSubmitCodec.tpduLength(pdu) + "\r", "\r\n> ")
                    .on(Hex.compact(pdu) + "\u001A", "\r\n+CMGS: " + part.concatenation().orElseThrow().sequence()
                            + "\r\n\r\nOK\r\n");
        }

        for (SmsSubmit part : parts) {
            modem.send(part);
        }

        script.assertFollowed();
        assertThat(parts).hasSize(2);
    }

    @Test
    void unsolicitedCodesDuringACommandAreNotItsAnswer() throws GsmModemException {
        script.on("AT+CSQ\r", "\r\nRING\r\n\r\n+CREG: 1\r\n\r\nNO CARRIER\r\n\r\n+CSQ: 5,99\r\n\r\nOK\r\n");

        assertThat(modem().signal()).isEqualTo(new AtResponse.SignalQuality(5, 99));
    }

    @Test
    void theReadCommandsRegistrationIsTakenNotAnUnsolicitedOne() throws GsmModemException {
        script.on("AT+CREG?\r", "\r\n+CREG: 2\r\n\r\n+CREG: 0,1\r\n\r\nOK\r\n");

        assertThat(modem().registration().state()).isEqualTo(RegistrationState.HOME);
    }

    @Test
    void aMessageErrorNamesTheCommandAndItsMeaning() {
        script.on("AT+CMGS=23\r", "\r\n> ").on(HELLOHELLO_PDU + "\u001A", "\r\n+CMS ERROR: 330\r\n");

        assertThatThrownBy(() -> modem().sendSms("+46708251358", "hellohello"))
                .isInstanceOfSatisfying(ModemErrorException.class, e -> {
                    assertThat(e.command()).isEqualTo("AT+CMGS=23");
                    assertThat(e.error()).isEqualTo(AtResponse.CmsError.of(330));
                })
                .hasMessage("AT+CMGS=23: +CMS ERROR: 330 (SMSC address unknown)");
    }

    @Test
    void anErrorInsteadOfThePromptIsTheModemsError() {
        script.on("AT+CMGS=23\r", "\r\n+CMS ERROR: 310\r\n");

        assertThatThrownBy(() -> modem().sendSms("+46708251358", "hellohello"))
                .isInstanceOf(ModemErrorException.class).hasMessageContaining("310 (SIM not inserted)");
    }

    @Test
    void okInsteadOfThePromptIsAProtocolError() {
        script.on("AT+CMGS=23\r", "\r\nOK\r\n");

        assertThatThrownBy(() -> modem().sendSms("+46708251358", "hellohello"))
                .isInstanceOf(ModemProtocolException.class).hasMessageContaining("prompt");
    }

    @Test
    void aPromptThatNeverComesIsCancelledWithEsc() {
        script.on("AT+CMGS=23\r", "").on("\u001B", "");
        ModemSettings settings = new ModemSettings(Duration.ofMillis(200), Duration.ofMillis(200),
                Duration.ofMillis(200), Duration.ofSeconds(1), true, 512, FAST.submitOptions());

        assertThatThrownBy(() -> GsmModem.over(script.port(), settings, Clock.systemUTC())
                .sendSms("+46708251358", "hellohello"))
                .isInstanceOf(ModemTimeoutException.class)
                .hasMessage("AT+CMGS=23: no \"> \" prompt within 200 ms");
        script.assertFollowed();
    }

    @Test
    void aModemThatSaysNothingTimesOutNamingTheCommand() {
        script.on("AT+CSQ\r", "");

        assertThatThrownBy(() -> GsmModem.over(script.port(), FAST, Clock.systemUTC()).signal())
                .isInstanceOfSatisfying(ModemTimeoutException.class,
                        e -> assertThat(e.timeout()).isEqualTo(Duration.ofMillis(300)))
                .hasMessage("AT+CSQ: no final result within 300 ms");
    }

    @Test
    void aMalformedAnswerIsAProtocolErrorWithTheDecodingErrorAsCause() {
        script.on("AT+CSQ\r", "\r\n+CSQ: 77,99\r\n\r\nOK\r\n");

        assertThatThrownBy(() -> modem().signal())
                .isInstanceOf(ModemProtocolException.class)
                .hasMessageContaining("found \"+CSQ: 77,99\"")
                .hasCauseInstanceOf(GsmDecodingException.class);
    }

    @Test
    void okWithoutAMessageReferenceIsAProtocolError() {
        script.on("AT+CMGS=23\r", "\r\n> ").on(HELLOHELLO_PDU + "\u001A", "\r\nOK\r\n");

        assertThatThrownBy(() -> modem().sendSms("+46708251358", "hellohello"))
                .isInstanceOf(ModemProtocolException.class).hasMessageContaining("+CMGS: <mr>");
    }

    @Test
    void aClosedPortIsAPortFailure() {
        GsmModem modem = modem();
        modem.close();

        assertThatThrownBy(modem::signal).isInstanceOf(PortFailureException.class).hasMessageStartingWith("AT+CSQ:");
    }

    @Test
    void aSimWithoutPinOrNoSimIsNotReady() {
        script.on("\u001B", "").on("AT\r", "\r\nOK\r\n").on("ATE0\r", "\r\nOK\r\n").on("AT+CMEE=1\r", "\r\nOK\r\n")
                .on("AT+CMGF=0\r", "\r\nOK\r\n").on("AT+CPIN?\r", "\r\n+CPIN: SIM PIN\r\n\r\nOK\r\n");

        assertThatThrownBy(() -> modem().initialise()).isInstanceOf(ModemNotReadyException.class)
                .hasMessage("AT+CPIN?: SIM not ready: it waits for SIM PIN");
    }

    @Test
    void aCallRingsForTheRingTimeAndIsHungUp() throws GsmModemException {
        script.on("ATD+79161234567;\r", "\r\nOK\r\n").on("ATH\r", "\r\nOK\r\n");

        CallOutcome outcome = modem().call("+7 916 123-45-67", Duration.ofMillis(300));

        script.assertFollowed();
        assertThat(outcome.rangFully()).isTrue();
        assertThat(outcome.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    }

    @Test
    void aRejectedCallIsHungUpAtOnce() throws GsmModemException {
        script.on("ATD89161234567;\r", "\r\nOK\r\n\r\nBUSY\r\n").on("ATH\r", "\r\nOK\r\n");

        CallOutcome outcome = modem().call("89161234567", Duration.ofSeconds(20));

        script.assertFollowed();
        assertThat(outcome.remoteEnd()).isEqualTo(Optional.of(CallEnd.BUSY));
        assertThat(outcome.duration()).isLessThan(Duration.ofSeconds(5));
    }

    @Test
    void aHangUpSwallowedByTheDialAbortIsRepeated() throws GsmModemException {
        // MC52i with AT^SM20=1: no result while ringing; ATH aborts the dial ("NO CARRIER") and is lost
        script.on("ATD+79161234567;\r", "").on("ATH\r", "\r\nNO CARRIER\r\n").on("ATH\r", "\r\nOK\r\n");

        CallOutcome outcome = GsmModem.over(script.port(), FAST, Clock.systemUTC())
                .call("+79161234567", Duration.ofMillis(200));

        script.assertFollowed();
        assertThat(outcome.rangFully()).isTrue();
    }

    @Test
    void aDialTheModemRefusesNamesTheError() {
        script.on("ATD+79161234567;\r", "\r\n+CME ERROR: 30\r\n");

        assertThatThrownBy(() -> modem().call("+79161234567", Duration.ofSeconds(5)))
                .isInstanceOf(ModemErrorException.class)
                .hasMessage("ATD+79161234567;: +CME ERROR: 30 (no network service)");
    }

    @Test
    void overlongLinesAreDroppedAndCounted() throws GsmModemException {
        script.on("AT+CSQ\r", "\r\n" + "x".repeat(600) + "\r\n+CSQ: 9,0\r\n\r\nOK\r\n");
        GsmModem modem = modem();

        assertThat(modem.signal()).isEqualTo(new AtResponse.SignalQuality(9, 0));
        assertThat(modem.overlongLines()).isEqualTo(1);
    }
}
