package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.castellan.gateway.GatewayFixture.send;

import java.io.ByteArrayOutputStream;
import java.net.Socket;
import java.util.List;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.RejectReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The directory's allow-list: a refused modem is closed ungreeted, counted, and never becomes a session. */
class AdmissionTest {

    private static final String ADMITTED = "356938035643817";

    private GatewayFixture gateway;

    @BeforeEach
    void start() throws InterruptedException {
        gateway = GatewayFixture.relaxed(new InMemoryModemDirectory(0).admitOnly(List.of(DeviceId.imei(ADMITTED))),
                s -> s);
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    @Test
    void refusedModemIsClosedWithoutGreetingAndCounted() throws Exception {
        Socket modem = gateway.socket(gateway.listener.port());

        send(modem, "AT$IMEI=" + GatewayFixture.IMEI + ",COLPROT=1.3\r\n"); // admitted, it would be greeted

        assertThat(modem.getInputStream().readAllBytes()).isEmpty();
        assertThat(gateway.listener.counters().refusedModems()).isEqualTo(1);
        assertThat(gateway.listener.counters().rejected(RejectReason.NOT_ADMITTED)).isEqualTo(1);
        assertThat(gateway.listener.sessions().all()).isEmpty();
        assertThat(gateway.events).isEmpty();
        assertThat(gateway.ended).isEmpty();
    }

    @Test
    void refusedLengthPrefixedModemGetsTheRejectByte() throws Exception {
        Socket modem = gateway.socket(gateway.listener.port());
        ByteArrayOutputStream hello = new ByteArrayOutputStream();
        hello.writeBytes(new byte[] {0x00, 0x0F});
        hello.writeBytes(GatewayFixture.IMEI.getBytes(US_ASCII));

        modem.getOutputStream().write(hello.toByteArray());

        assertThat(modem.getInputStream().readAllBytes()).containsExactly(0x00); // irz-modem.md §6: 00 = reject
        assertThat(gateway.listener.counters().refusedModems()).isEqualTo(1);
    }

    @Test
    void modemOnTheListIsServed() throws Exception {
        gateway.connected(gateway.modem().field("IMEI", ADMITTED).build(), SerialDevice.silent());

        SessionKey admitted = new SessionKey(DeviceId.imei(ADMITTED), 0);
        assertThat(gateway.listener.sessions().find(admitted).map(ModemSession::online)).contains(true);
        assertThat(gateway.listener.counters().refusedModems()).isZero();
    }
}
