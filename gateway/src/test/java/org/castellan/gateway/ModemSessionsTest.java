package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Sessions keyed by (IMEI, channel): the newest connection wins; silence takes a session offline. */
class ModemSessionsTest {

    private GatewayFixture gateway;

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    @Test
    void reconnectBeforeTheOldConnectionClosesWinsAndKeepsThePollerPort() throws Exception {
        gateway = GatewayFixture.relaxed();
        ModemEmulator modem = gateway.connected(gateway.modem().build(), SerialDevice.silent());
        int port = gateway.pollerPort();

        // irz-modem.md §7: the rebooted modem's old connection is still open and silent
        modem.reconnect(ModemEmulator.OldConnection.LEAVE_OPEN).get(10, TimeUnit.SECONDS);

        await().until(() -> modem.openConnections() == 1); // the gateway closed the old one
        ModemSession session = gateway.listener.sessions().find(gateway.key()).orElseThrow();
        assertThat(session.online()).isTrue();
        assertThat(session.pollerPort()).isEqualTo(port);
        assertThat(gateway.listener.sessions().all()).hasSize(1);
        assertThat(gateway.events).containsExactly("identified " + GatewayFixture.IMEI,
                "replaced " + GatewayFixture.IMEI);
    }

    @Test
    void silentModemGoesOfflineAndComesBackOnThePort() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofMillis(300), Duration.ofSeconds(2),
                Duration.ofMillis(150));
        ModemEmulator modem = gateway.connected(gateway.modem().build(), SerialDevice.silent());
        int port = gateway.pollerPort();

        await().atMost(Duration.ofSeconds(5))
                .until(() -> gateway.events.contains("offline " + GatewayFixture.IMEI + " silence"));
        assertThat(gateway.listener.sessions().find(gateway.key()).orElseThrow().online()).isFalse();
        await().until(() -> modem.openConnections() == 0);

        modem.connect().get(10, TimeUnit.SECONDS);
        await().until(() -> gateway.listener.sessions().find(gateway.key()).orElseThrow().online());
        assertThat(gateway.listener.sessions().find(gateway.key()).orElseThrow().pollerPort()).isEqualTo(port);
    }

    @Test
    void keepAlivesKeepASessionOnline() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofMillis(400), Duration.ofSeconds(2),
                Duration.ofMillis(150));
        gateway.connected(gateway.modem().keepAlive(Duration.ofMillis(100), 2).build(), SerialDevice.silent());

        // twice the silence, with keep-alives every 100 ms: still online
        await().during(Duration.ofMillis(800)).atMost(Duration.ofSeconds(3))
                .until(() -> gateway.listener.sessions().find(gateway.key()).map(ModemSession::online).orElse(false));
        assertThat(gateway.events).doesNotContain("offline " + GatewayFixture.IMEI + " silence");
    }

    @Test
    void connectionResetTakesTheSessionOfflineWithError() throws Exception {
        gateway = GatewayFixture.relaxed();
        Socket modem = gateway.socket(gateway.listener.port());
        modem.getOutputStream().write(("AT$IMEI=" + GatewayFixture.IMEI + "\r\n").getBytes(StandardCharsets.US_ASCII));
        await().until(() -> gateway.listener.sessions().find(gateway.key()).map(ModemSession::online).orElse(false));

        modem.setSoLinger(true, 0);
        modem.close(); // RST instead of FIN: a TCP error on the gateway's side

        await().until(() -> gateway.events.contains("offline " + GatewayFixture.IMEI + " error"));
    }

    @Test
    void closingTheListenerTakesSessionsOfflineAsShutdown() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.modem().build(), SerialDevice.silent());

        gateway.listener.close();

        await().until(() -> gateway.events.size() == 2);
        assertThat(gateway.events).containsExactly("identified " + GatewayFixture.IMEI,
                "offline " + GatewayFixture.IMEI + " shutdown");
    }
}
