package org.castellan.gsm.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import org.castellan.gsm.Hex;
import org.castellan.gsm.pdu.PhoneNumber;
import org.castellan.gsm.pdu.SmsSubmit;
import org.castellan.gsm.pdu.SmsSubmitCodec;
import org.castellan.gsm.port.InMemoryAtPort;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The emulator byte for byte, as a terminal program would see it. */
@Timeout(30)
class GsmModemEmulatorTest {

    private final GsmModemEmulator emulator = new GsmModemEmulator(Clock.systemUTC());
    private final InMemoryAtPort port = emulator.connectInMemory();

    @AfterEach
    void close() {
        port.close();
    }

    /** Writes {@code text} and reads until the output ends with {@code end} (or 5 s pass). */
    private String type(String text, String end) throws IOException {
        port.write(text.getBytes(StandardCharsets.ISO_8859_1));
        StringBuilder out = new StringBuilder();
        long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
        while (!out.toString().endsWith(end) && System.nanoTime() < deadline) {
            out.append(new String(port.read(Duration.ofMillis(50)), StandardCharsets.ISO_8859_1));
        }
        return out.toString();
    }

    @Test
    void echoIsOnUntilAte0() throws IOException {
        assertThat(type("AT\r", "OK\r\n")).isEqualTo("AT\r\r\nOK\r\n");
        assertThat(type("ATE0\r", "OK\r\n")).isEqualTo("ATE0\r\r\nOK\r\n");
        assertThat(type("AT\r", "OK\r\n")).isEqualTo("\r\nOK\r\n");
        assertThat(emulator.echo()).isFalse();
    }

    @Test
    void anSmsIsPromptedForThenAcknowledgedWithAReference() throws IOException {
        type("ATE0\r", "OK\r\n");
        byte[] pdu = SmsSubmitCodec.encode(SmsSubmit.of(PhoneNumber.parse("+46708251358"), "hellohello"));

        assertThat(type("AT+CMGS=" + SmsSubmitCodec.tpduLength(pdu) + "\r", "> ")).isEqualTo("\r\n> ");
        assertThat(type(Hex.compact(pdu) + "\u001A", "OK\r\n")).isEqualTo("\r\n+CMGS: 0\r\n\r\nOK\r\n");
        assertThat(emulator.messages()).singleElement()
                .satisfies(sms -> assertThat(sms.text()).isEqualTo("hellohello"));
        assertThat(emulator.parts()).singleElement()
                .satisfies(part -> assertThat(part.destination().digits()).isEqualTo("46708251358"));
    }

    @Test
    void aLengthThatDoesNotMatchThePduIsRefusedAsRealModemsDo() throws IOException {
        type("ATE0\r", "OK\r\n");
        type("AT+CMEE=1\r", "OK\r\n");
        byte[] pdu = SmsSubmitCodec.encode(SmsSubmit.of(PhoneNumber.parse("+46708251358"), "hellohello"));

        type("AT+CMGS=" + (SmsSubmitCodec.tpduLength(pdu) + 1) + "\r", "> ");

        assertThat(type(Hex.compact(pdu) + "\u001A", "\r\n")).isEqualTo("\r\n+CMS ERROR: 304\r\n");
        assertThat(emulator.messages()).isEmpty();
    }

    @Test
    void escCancelsThePdu() throws IOException {
        type("ATE0\r", "OK\r\n");
        type("AT+CMGS=23\r", "> ");

        assertThat(type("0011\u001B", "OK\r\n")).isEqualTo("\r\nOK\r\n");
        assertThat(emulator.parts()).isEmpty();
        assertThat(emulator.commands()).endsWith("<ESC>");
    }

    @Test
    void errorsFollowAtCmee() throws IOException {
        type("ATE0\r", "OK\r\n");
        emulator.sim(SimState.ABSENT);

        assertThat(type("AT+CPIN?\r", "\r\n")).isEqualTo("\r\nERROR\r\n");
        type("AT+CMEE=1\r", "OK\r\n");
        assertThat(type("AT+CPIN?\r", "\r\n")).isEqualTo("\r\n+CME ERROR: 10\r\n");
        type("AT+CMEE=2\r", "OK\r\n");
        assertThat(type("AT+CPIN?\r", "\r\n")).isEqualTo("\r\n+CME ERROR: SIM not inserted\r\n");
    }

    @Test
    void unknownCommandsAndTextModeAreRefused() throws IOException {
        type("ATE0\r", "OK\r\n");
        type("AT+CMEE=1\r", "OK\r\n");

        assertThat(type("AT+CGDCONT?\r", "\r\n")).isEqualTo("\r\nERROR\r\n");
        type("AT+CMGF=1\r", "OK\r\n");
        assertThat(type("AT+CMGS=\"+79161234567\"\r", "\r\n")).isEqualTo("\r\n+CMS ERROR: 303\r\n");
    }

    @Test
    void aLineNotStartingWithAtIsIgnored() throws IOException {
        type("ATE0\r", "OK\r\n");

        assertThat(type("hello\rAT\r", "OK\r\n")).isEqualTo("\r\nOK\r\n");
        assertThat(emulator.commands()).containsExactly("ATE0", "AT");
    }

    @Test
    void aSilentModemSaysNothingAtAll() throws IOException {
        emulator.silent(true);

        port.write("AT\r".getBytes(StandardCharsets.US_ASCII));

        assertThat(port.read(Duration.ofMillis(300))).isEmpty();
        assertThat(emulator.commands()).isEmpty();
    }

    @Test
    void aDataCallIsNotEmulated() throws IOException {
        type("ATE0\r", "OK\r\n");

        assertThat(type("ATD+79161234567\r", "\r\n")).isEqualTo("\r\nNO CARRIER\r\n");
    }

    @Test
    void callsAreRecordedWhenHungUp() throws IOException {
        type("ATE0\r", "OK\r\n");
        type("ATD+79161234567;\r", "OK\r\n");

        assertThat(emulator.calls()).isEmpty();
        type("ATH\r", "OK\r\n");
        assertThat(emulator.calls()).singleElement().satisfies(call -> {
            assertThat(call.number()).isEqualTo("+79161234567");
            assertThat(call.remoteEnd()).isEmpty();
        });
    }

    @Test
    void faultArgumentsAreChecked() {
        assertThatThrownBy(() -> emulator.signal(40)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> emulator.failNextMessages(-1, 500)).isInstanceOf(IllegalArgumentException.class);
    }
}
