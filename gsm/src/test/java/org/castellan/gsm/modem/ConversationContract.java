package org.castellan.gsm.modem;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.castellan.gsm.at.CallEnd;
import org.castellan.gsm.at.RegistrationState;
import org.castellan.gsm.emulator.CallScript;
import org.castellan.gsm.emulator.DialMode;
import org.castellan.gsm.emulator.EmulatedCall;
import org.castellan.gsm.emulator.GsmModemEmulator;
import org.castellan.gsm.emulator.SentSms;
import org.castellan.gsm.emulator.SimState;
import org.castellan.gsm.pdu.Alphabet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * {@link GsmModem} talking to the {@link GsmModemEmulator}, the same conversations over every transport: in memory,
 * over TCP (as to a modem behind ser2net) and through a pseudo-terminal with the real serial port code.
 */
@Timeout(60)
abstract class ConversationContract {

    static final ModemSettings SETTINGS = ModemSettings.defaults().withCommandTimeout(Duration.ofSeconds(1))
            .withSmsTimeout(Duration.ofSeconds(5));

    protected final GsmModemEmulator emulator = new GsmModemEmulator(Clock.systemUTC());
    private GsmModem modem;

    /** Opens and initialises a session to {@link #emulator} over this transport. */
    protected abstract GsmModem open(ModemSettings settings) throws GsmModemException;

    private GsmModem modem() throws GsmModemException {
        modem = open(SETTINGS);
        return modem;
    }

    @AfterEach
    void closeModem() {
        if (modem != null) {
            modem.close();
        }
    }

    @Test
    void initialisationTurnsEchoOffAndFindsTheModemReady() throws GsmModemException {
        emulator.signal(23);

        GsmModem opened = modem();

        assertThat(emulator.echo()).isFalse();
        assertThat(emulator.commands()).containsExactly("AT", "ATE0", "AT+CMEE=1", "AT+CMGF=0", "AT+CPIN?", "AT+CREG?",
                "AT+CSQ");
        assertThat(opened.signal().rssi()).isEqualTo(23);
    }

    @Test
    void aShortTextArrivesAsOneSevenBitMessage() throws GsmModemException {
        List<Integer> references = modem().sendSms("+79161234567", "Modem 35000 offline since 12:00 [site 3]");

        assertThat(references).containsExactly(0);
        assertThat(emulator.messages()).singleElement().satisfies(sms -> {
            assertThat(sms.number()).isEqualTo("+79161234567");
            assertThat(sms.text()).isEqualTo("Modem 35000 offline since 12:00 [site 3]");
            assertThat(sms.parts()).isEqualTo(1);
            assertThat(sms.alphabet()).isEqualTo(Alphabet.GSM_7BIT);
        });
    }

    @Test
    void aLongRussianTextArrivesJoinedFromItsParts() throws GsmModemException {
        String text = "Модем 35000 на объекте «Котельная №3» не выходит на связь с 12:00. ".repeat(3);
        assertThat(text).hasSize(201); // exactly three parts of 67

        List<Integer> references = modem().sendSms("89161234567", text);

        assertThat(references).containsExactly(0, 1, 2);
        assertThat(emulator.messages()).singleElement().satisfies(sms -> {
            assertThat(sms.number()).isEqualTo("89161234567");
            assertThat(sms.text()).isEqualTo(text);
            assertThat(sms.parts()).isEqualTo(3);
            assertThat(sms.references()).containsExactly(0, 1, 2);
            assertThat(sms.alphabet()).isEqualTo(Alphabet.UCS2);
        });
    }

    @Test
    void aChineseTextArrives() throws GsmModemException {
        modem().sendSms("+8613912345678", "调制解调器 35000 离线");

        assertThat(emulator.messages()).extracting(SentSms::text).containsExactly("调制解调器 35000 离线");
    }

    @Test
    void aNetworkErrorNamesTheCommandAndTheNextMessageGoesThrough() throws GsmModemException {
        GsmModem opened = modem();
        emulator.failNextMessages(1, 500);

        assertThatThrownBy(() -> opened.sendSms("+79161234567", "first"))
                .isInstanceOf(ModemErrorException.class)
                .hasMessageMatching("AT\\+CMGS=\\d+: \\+CMS ERROR: 500 \\(unknown error\\)");
        assertThat(opened.sendSms("+79161234567", "second")).containsExactly(0);
        assertThat(emulator.messages()).extracting(SentSms::text).containsExactly("second");
    }

    @Test
    void withoutSimTheModemIsNotReady() {
        emulator.sim(SimState.ABSENT);

        assertThatThrownBy(this::modem).isInstanceOf(ModemNotReadyException.class)
                .hasMessage("AT+CPIN?: SIM not ready: +CME ERROR: 10 (SIM not inserted)");
    }

    @Test
    void unregisteredTheModemIsNotReadyUnlessAllowed() throws GsmModemException {
        emulator.registration(RegistrationState.SEARCHING);

        assertThatThrownBy(this::modem).isInstanceOf(ModemNotReadyException.class)
                .hasMessage("AT+CREG?: not registered on a network: SEARCHING");
        modem = open(SETTINGS.withRequireRegistration(false));
        assertThatThrownBy(() -> modem.sendSms("+79161234567", "x")).isInstanceOf(ModemErrorException.class)
                .hasMessageContaining("331 (no network service)");
    }

    @Test
    void aModemThatFallsSilentTimesOut() throws GsmModemException {
        GsmModem opened = modem();
        emulator.silent(true);

        assertThatThrownBy(opened::signal).isInstanceOf(ModemTimeoutException.class)
                .hasMessage("AT+CSQ: no final result within 1000 ms");
    }

    @Test
    void slowAnswersWithinTheTimeoutAreFine() throws GsmModemException {
        GsmModem opened = modem();
        emulator.answerDelay(Duration.ofMillis(150));

        assertThat(opened.sendSms("+79161234567", "slow")).containsExactly(0);
    }

    @Test
    void aWakeUpCallRingsForTheRingTimeAndIsHungUp() throws GsmModemException {
        CallOutcome outcome = modem().call("+79161234567", Duration.ofMillis(400));

        assertThat(outcome.rangFully()).isTrue();
        assertThat(emulator.calls()).singleElement().satisfies(call -> {
            assertThat(call.number()).isEqualTo("+79161234567");
            assertThat(call.duration()).isGreaterThanOrEqualTo(Duration.ofMillis(400));
            assertThat(call.remoteEnd()).isEmpty();
        });
    }

    @Test
    void aRejectedCallEndsBeforeTheRingTime() throws GsmModemException {
        emulator.callScript(CallScript.endsWith(CallEnd.BUSY, Duration.ofMillis(100)));

        CallOutcome outcome = modem().call("+79161234567", Duration.ofSeconds(30));

        assertThat(outcome.remoteEnd()).contains(CallEnd.BUSY);
        assertThat(emulator.calls()).extracting(EmulatedCall::remoteEnd).containsExactly(Optional.of(CallEnd.BUSY));
    }

    @Test
    void aModemThatAnswersTheDialOnlyWhenDoneIsStillHungUp() throws GsmModemException {
        emulator.dialMode(DialMode.RESULT_WHEN_DONE);

        CallOutcome outcome = modem().call("+79161234567", Duration.ofMillis(300));

        assertThat(outcome.rangFully()).isTrue();
        assertThat(emulator.calls()).hasSize(1);
        assertThat(emulator.commands()).endsWith("ATD+79161234567;", "ATH");
    }
}
