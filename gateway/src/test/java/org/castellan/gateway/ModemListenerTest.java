package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.irz.ident.RejectReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Identification through the real listener, with emulated modems and bare sockets. */
class ModemListenerTest {

    private GatewayFixture gateway;

    @BeforeEach
    void start() throws InterruptedException {
        gateway = new GatewayFixture(Duration.ofMillis(400), Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMillis(150));
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    @Test
    void colprotModemIsIdentifiedGreetedAndOnline() throws Exception {
        var modem = gateway.connected(gateway.modem().identificationWrites(5).build(), SerialDevice.silent());

        await().until(() -> gateway.listener.sessions().find(gateway.key()).map(ModemSession::online).orElse(false));
        ModemSession session = gateway.listener.sessions().find(gateway.key()).orElseThrow();
        assertThat(session.identity().orElseThrow().usesColprot()).isTrue();
        assertThat(modem.lastGreeting()).isPresent();
        assertThat(gateway.events).containsExactly("identified " + GatewayFixture.IMEI);
    }

    @Test
    void rawModemIsIdentifiedOnItsChannel() throws Exception {
        gateway.connected(gateway.rawModem().channel(2).build(), SerialDevice.silent());

        var key = new SessionKey(gateway.key().id(), 2);
        await().until(() -> gateway.listener.sessions().find(key).map(ModemSession::online).orElse(false));
        ModemSession session = gateway.listener.sessions().find(key).orElseThrow();
        assertThat(session.identity().orElseThrow().usesColprot()).isFalse();
    }

    @Test
    void garbageConnectionIsClosedAndCountedAsUnrecognised() throws Exception {
        Socket garbage = gateway.socket(gateway.listener.port());
        OutputStream out = garbage.getOutputStream();
        out.write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        out.flush();

        assertThat(garbage.getInputStream().readAllBytes()).isEmpty(); // closed by the gateway
        await().until(() -> gateway.listener.counters().rejected(RejectReason.UNRECOGNISED) == 1);
        assertThat(gateway.listener.sessions().all()).isEmpty();
    }

    @Test
    void silentConnectionIsClosedAtTheDeadlineAndCounted() throws Exception {
        Socket silent = gateway.socket(gateway.listener.port());

        assertThat(silent.getInputStream().read()).isEqualTo(-1); // the 400 ms limit closes it, within the 5 s timeout
        await().until(() -> gateway.listener.counters().rejected(RejectReason.DEADLINE) == 1);
    }

    @Test
    void identificationLineWithoutNewlineIsRejectedAsTooLong() throws Exception {
        Socket endless = gateway.socket(gateway.listener.port());
        OutputStream out = endless.getOutputStream();
        out.write(("AT$IMEI=" + "7".repeat(600)).getBytes(StandardCharsets.US_ASCII));
        out.flush();

        assertThat(endless.getInputStream().readAllBytes()).isEmpty();
        await().until(() -> gateway.listener.counters().rejected(RejectReason.TOO_LONG) == 1);
        assertThat(gateway.listener.counters().rejected(RejectReason.DEADLINE)).isZero();
    }
}
