package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.castellan.gateway.GatewayFixture.readText;
import static org.castellan.gateway.GatewayFixture.send;

import java.io.IOException;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.castellan.irz.ident.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The shared poller port: the first line names the modem, then the connection is a transparent poller. */
class SharedPollerPortTest {

    private final InMemoryModemDirectory directory = new InMemoryModemDirectory(0);
    private final List<String> meterHeard = new CopyOnWriteArrayList<>();
    private GatewayFixture gateway;

    @BeforeEach
    void start() throws InterruptedException {
        gateway = GatewayFixture.relaxed(directory,
                s -> s.withSharedPollerPort(0).withNameLineTimeout(Duration.ofMillis(400)));
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    /** @return everything the gateway sends before closing the connection */
    private static String untilClosed(Socket socket) throws IOException {
        return new String(socket.getInputStream().readAllBytes(), US_ASCII);
    }

    @Test
    void pollerNamesTheModemByImei() throws Exception {
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        Socket poller = gateway.sharedPoller(GatewayFixture.IMEI + "\r\n");
        await().until(() -> gateway.session().pollerCount() == 1);

        send(poller, "Q?");

        assertThat(readText(poller, 2)).isEqualTo("Q!"); // nothing answered to the name line itself
        assertThat(meterHeard).containsExactly("Q?");
    }

    @Test
    void pollerNamesTheModemByImeiAndChannel() throws Exception {
        gateway.connected(gateway.modem().channel(2).build(), GatewayFixture.answeringFirstLetter(meterHeard));
        SessionKey second = new SessionKey(DeviceId.imei(GatewayFixture.IMEI), 2);
        await().until(() -> gateway.listener.sessions().find(second).isPresent());
        Socket poller = gateway.sharedPoller(GatewayFixture.IMEI + ":2\n");
        await().until(() -> gateway.listener.sessions().find(second).orElseThrow().pollerCount() == 1);

        send(poller, "C?");

        assertThat(readText(poller, 2)).isEqualTo("C!");
    }

    @Test
    void pollerNamesTheModemByItsDeviceName() throws Exception {
        directory.name("Котельная №5", gateway.key());
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        Socket poller = gateway.sharedPoller("Котельная №5\r\n");
        await().until(() -> gateway.session().pollerCount() == 1);

        send(poller, "N?");

        assertThat(readText(poller, 2)).isEqualTo("N!");
    }

    @Test
    void requestInTheSameSegmentAsTheNameLineIsNotLost() throws Exception {
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));

        Socket poller = gateway.sharedPoller(GatewayFixture.IMEI + "\r\nR?"); // one write: one segment on loopback

        assertThat(readText(poller, 2)).isEqualTo("R!");
        assertThat(meterHeard).containsExactly("R?");
    }

    @Test
    void unknownNameGetsAnErrorLineAndIsCounted() throws Exception {
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));

        Socket byName = gateway.sharedPoller("tank farm\r\n");
        Socket byUnseenImei = gateway.sharedPoller("356938035643817\r\n"); // well-formed, but no such session

        assertThat(untilClosed(byName)).isEqualTo("ERROR unknown modem\r\n");
        assertThat(untilClosed(byUnseenImei)).isEqualTo("ERROR unknown modem\r\n");
        await().until(() -> gateway.listener.counters().sharedPortRejected(SharedPortReject.UNKNOWN_MODEM) == 2);
        assertThat(gateway.session().pollerCount()).isZero();
    }

    @Test
    void lineLongerThan64BytesGetsAnErrorLineAndIsCounted() throws Exception {
        Socket poller = gateway.sharedPoller("7".repeat(65));

        assertThat(untilClosed(poller)).isEqualTo("ERROR line too long\r\n");
        await().until(() -> gateway.listener.counters().sharedPortRejected(SharedPortReject.TOO_LONG) == 1);
    }

    @Test
    void silentPollerGetsAnErrorLineAtTheTimeoutAndIsCounted() throws Exception {
        Socket poller = gateway.socket(gateway.listener.sharedPollerPort().orElseThrow());
        send(poller, GatewayFixture.IMEI); // no newline: the 400 ms limit passes

        assertThat(untilClosed(poller)).isEqualTo("ERROR timeout\r\n");
        assertThat(gateway.listener.counters().snapshot()).containsEntry("gateway.shared_port.rejected.timeout", 1L);
    }
}
