package org.castellan.gsm.at;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.OptionalInt;
import org.castellan.gsm.GsmDecodingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One line of a modem's answer, parsed. */
class AtResponsesTest {

    @Test
    void finalResultsOfV250() throws GsmDecodingException {
        assertThat(AtResponses.parse("OK")).isEqualTo(new AtResponse.Ok());
        assertThat(AtResponses.parse("ERROR")).isEqualTo(new AtResponse.Error());
        assertThat(AtResponses.parse("NO CARRIER")).isEqualTo(new AtResponse.CallEnded(CallEnd.NO_CARRIER));
        assertThat(AtResponses.parse("BUSY")).isEqualTo(new AtResponse.CallEnded(CallEnd.BUSY));
        assertThat(AtResponses.parse("NO ANSWER")).isEqualTo(new AtResponse.CallEnded(CallEnd.NO_ANSWER));
        assertThat(AtResponses.parse("NO DIALTONE")).isEqualTo(new AtResponse.CallEnded(CallEnd.NO_DIALTONE));
        assertThat(AtResponses.parse("RING")).isEqualTo(new AtResponse.Ring());
        assertThat(((AtResponse.Final) AtResponses.parse("OK")).ok()).isTrue();
        assertThat(((AtResponse.Final) AtResponses.parse("ERROR")).ok()).isFalse();
    }

    @ParameterizedTest(name = "+CMS ERROR: {0} means {1}")
    @CsvSource({"330, SMSC address unknown", "500, unknown error", "304, invalid PDU mode parameter",
            "310, SIM not inserted", "331, no network service", "21, short message transfer rejected"})
    void numericCmsErrorsCarryTheirMeaning(int code, String meaning) throws GsmDecodingException {
        AtResponse response = AtResponses.parse("+CMS ERROR: " + code);

        assertThat(response).isEqualTo(new AtResponse.CmsError(OptionalInt.of(code), meaning));
        assertThat(response).hasToString("+CMS ERROR: " + code + " (" + meaning + ")");
    }

    @ParameterizedTest(name = "+CME ERROR: {0} means {1}")
    @CsvSource({"10, SIM not inserted", "30, no network service", "11, SIM PIN required", "3, operation not allowed"})
    void numericCmeErrorsCarryTheirMeaning(int code, String meaning) throws GsmDecodingException {
        assertThat(AtResponses.parse("+CME ERROR: " + code))
                .isEqualTo(new AtResponse.CmeError(OptionalInt.of(code), meaning));
    }

    @Test
    void aCodeOutsideTheTableStillParses() throws GsmDecodingException {
        assertThat(AtResponses.parse("+CMS ERROR: 777")).isEqualTo(AtResponse.CmsError.of(777));
        assertThat(AtResponse.CmsError.of(777).meaning()).isEqualTo("CMS error 777");
    }

    @Test
    void verboseErrorsAreMatchedToTheirCodes() throws GsmDecodingException {
        assertThat(AtResponses.parse("+CME ERROR: SIM not inserted"))
                .isEqualTo(new AtResponse.CmeError(OptionalInt.of(10), "SIM not inserted"));
        assertThat(AtResponses.parse("+CMS ERROR: unknown error"))
                .isEqualTo(new AtResponse.CmsError(OptionalInt.of(500), "unknown error"));
        assertThat(AtResponses.parse("+CME ERROR: incorrect parameters"))
                .isEqualTo(new AtResponse.CmeError(OptionalInt.empty(), "incorrect parameters"));
    }

    @Test
    void messageReferenceWithAndWithoutTheAcknowledgementPdu() throws GsmDecodingException {
        assertThat(AtResponses.parse("+CMGS: 17")).isEqualTo(new AtResponse.MessageReference(17));
        assertThat(AtResponses.parse("+CMGS: 255,\"0011\"")).isEqualTo(new AtResponse.MessageReference(255));
    }

    @Test
    void signalQualityAndItsDbm() throws GsmDecodingException {
        AtResponse.SignalQuality csq = (AtResponse.SignalQuality) AtResponses.parse("+CSQ: 17,99");

        assertThat(csq).isEqualTo(new AtResponse.SignalQuality(17, 99));
        assertThat(csq.dbm()).hasValue(-79);
        assertThat(new AtResponse.SignalQuality(99, 99).dbm()).isEmpty();
        assertThat(new AtResponse.SignalQuality(0, 0).dbm()).hasValue(-113);
    }

    @Test
    void registrationAsTheReadCommandAnswersIt() throws GsmDecodingException {
        assertThat(AtResponses.parse("+CREG: 0,1")).isEqualTo(new AtResponse.Registration(OptionalInt.of(0),
                RegistrationState.HOME, Optional.empty(), Optional.empty()));
        assertThat(AtResponses.parse("+CREG: 2,5,\"00C3\",\"1A2B\"")).isEqualTo(new AtResponse.Registration(
                OptionalInt.of(2), RegistrationState.ROAMING, Optional.of("00C3"), Optional.of("1A2B")));
        assertThat(AtResponses.parse("+CREG: 2,1,\"00C3\",\"01A2B3C4\",7")).isEqualTo(new AtResponse.Registration(
                OptionalInt.of(2), RegistrationState.HOME, Optional.of("00C3"), Optional.of("01A2B3C4")));
    }

    @Test
    void registrationAsTheUnsolicitedCodeReportsIt() throws GsmDecodingException {
        assertThat(AtResponses.parse("+CREG: 2")).isEqualTo(new AtResponse.Registration(OptionalInt.empty(),
                RegistrationState.SEARCHING, Optional.empty(), Optional.empty()));
        assertThat(AtResponses.parse("+CREG: 1,\"00C3\",\"1A2B\"")).isEqualTo(new AtResponse.Registration(
                OptionalInt.empty(), RegistrationState.HOME, Optional.of("00C3"), Optional.of("1A2B")));
    }

    @Test
    void onlyHomeAndRoamingCountAsRegistered() {
        assertThat(RegistrationState.HOME.registered()).isTrue();
        assertThat(RegistrationState.ROAMING.registered()).isTrue();
        assertThat(RegistrationState.SEARCHING.registered()).isFalse();
        assertThat(RegistrationState.DENIED.registered()).isFalse();
    }

    @Test
    void pinStatus() throws GsmDecodingException {
        assertThat(AtResponses.parse("+CPIN: READY")).isEqualTo(new AtResponse.PinStatus("READY"));
        assertThat(((AtResponse.PinStatus) AtResponses.parse("+CPIN: SIM PIN")).ready()).isFalse();
    }

    @Test
    void anyOtherLineIsText() throws GsmDecodingException {
        assertThat(AtResponses.parse("SIEMENS")).isEqualTo(new AtResponse.Text("SIEMENS"));
        assertThat(AtResponses.parse("+CMTI: \"SM\",3")).isEqualTo(new AtResponse.Text("+CMTI: \"SM\",3"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "+CSQ: 40,99 | +CSQ <rssi>",
        "+CSQ: 17,8 | +CSQ <ber>",
        "+CSQ: 17 | +CSQ",
        "+CSQ: x,99 | +CSQ <rssi>",
        "+CMGS: 256 | +CMGS <mr>",
        "+CMGS: | +CMGS <mr>",
        "+CMS ERROR: | +CMS ERROR",
        "+CME ERROR: 99999999999 | +CME ERROR",
        "+CREG: 0,11 | +CREG <stat>",
        "+CREG: 4,1 | +CREG <n>",
        "+CREG: 1,\"00C3\" | +CREG",
        "+CREG: 2,1,00C3,1A2B | +CREG <lac>",
        "+CREG: 1,\"zz\",\"1A2B\" | +CREG <lac>",
        "+CREG: 1,2,3,4,5,6 | +CREG",
        "+CPIN: | +CPIN"})
    void malformedArgumentsAreDecodingErrorsNamingTheField(String line, String field) {
        assertThatThrownBy(() -> AtResponses.parse(line))
                .isInstanceOfSatisfying(GsmDecodingException.class, e -> assertThat(e.field()).isEqualTo(field));
    }
}
