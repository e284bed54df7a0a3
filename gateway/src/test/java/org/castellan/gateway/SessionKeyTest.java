package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import org.castellan.irz.ident.DeviceId;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The {@code IMEI[:channel]} form pollers name modems by on the shared port. */
class SessionKeyTest {

    private static final DeviceId IMEI = DeviceId.imei("356938035643809");

    @Test
    void imeiAloneIsChannelZero() {
        assertThat(SessionKey.parse("356938035643809")).contains(new SessionKey(IMEI, 0));
    }

    @Test
    void imeiWithChannel() {
        assertThat(SessionKey.parse("356938035643809:2")).contains(new SessionKey(IMEI, 2));
    }

    @Test
    void toStringIsTheFormParsed() {
        assertThat(new SessionKey(IMEI, 0)).hasToString("356938035643809");
        assertThat(new SessionKey(IMEI, 3)).hasToString("356938035643809:3");
        assertThat(SessionKey.parse(new SessionKey(IMEI, 3).toString())).contains(new SessionKey(IMEI, 3));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "pump-7", "3569380356438", "356938035643809:", "356938035643809:-1",
            "356938035643809:x", "356938035643809:123456", "356938035643809:1:2", " 356938035643809"})
    void otherTextIsNoKey(String text) {
        assertThat(SessionKey.parse(text)).isEmpty();
    }
}
