package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.castellan.gateway.GatewayFixture.readText;
import static org.castellan.gateway.GatewayFixture.send;

import java.net.Socket;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.castellan.irz.ident.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** When per-modem poller ports open: at start for known modems, on first connect, or never (the shared port only). */
class PollerPortModeTest {

    private static final SessionKey FIRST = new SessionKey(DeviceId.imei(GatewayFixture.IMEI), 0);
    private static final SessionKey SECOND = new SessionKey(DeviceId.imei(GatewayFixture.IMEI), 1);

    private final InMemoryModemDirectory directory = new InMemoryModemDirectory(0);
    private final List<String> meterHeard = new CopyOnWriteArrayList<>();
    private GatewayFixture gateway;

    @AfterEach
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
    }

    @Test
    void onStartOpensPortsForKnownModemsBeforeTheyConnect() throws Exception {
        directory.know(FIRST, SECOND);
        gateway = GatewayFixture.relaxed(directory, s -> s.withPollerPorts(PollerPortMode.ON_START));

        ModemSession session = gateway.listener.sessions().find(FIRST).orElseThrow();
        int port = session.pollerPort(); // bound when start returned
        assertThat(port).isPositive();
        assertThat(gateway.listener.sessions().find(SECOND).orElseThrow().pollerPort()).isPositive().isNotEqualTo(port);
        assertThat(session.identity()).isEmpty();
        assertThat(session.online()).isFalse();
        Socket poller = gateway.socket(port);
        await().until(() -> session.pollerCount() == 1);

        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        send(poller, "Q?");

        assertThat(readText(poller, 2)).isEqualTo("Q!");
        assertThat(session.pollerPort()).isEqualTo(port);
        assertThat(session.identity()).isPresent();
    }

    @Test
    void knownModemsKeepTheirPortsWhenTheListenerRestartsWithTheSameDirectory() throws Exception {
        directory.know(FIRST, SECOND);
        GatewayFixture before = GatewayFixture.relaxed(directory, s -> s.withPollerPorts(PollerPortMode.ON_START));
        int first = before.pollerPort(FIRST);
        int second = before.pollerPort(SECOND);
        Socket poller = new Socket("127.0.0.1", first); // the gateway closes it: TIME_WAIT on the gateway's side
        await().until(() -> before.listener.sessions().find(FIRST).orElseThrow().pollerCount() == 1);
        before.close();
        assertThat(poller.getInputStream().read()).isEqualTo(-1);
        poller.close();

        gateway = GatewayFixture.relaxed(directory, s -> s.withPollerPorts(PollerPortMode.ON_START));

        assertThat(gateway.listener.sessions().find(FIRST).orElseThrow().pollerPort()).isEqualTo(first);
        assertThat(gateway.listener.sessions().find(SECOND).orElseThrow().pollerPort()).isEqualTo(second);
        gateway.socket(first).close(); // and it accepts
    }

    @Test
    void onFirstConnectAKnownModemGetsItsPortWhenItConnects() throws Exception {
        directory.know(FIRST);
        gateway = GatewayFixture.relaxed(directory, s -> s);
        assertThat(gateway.session().pollerPort()).isZero();
        assertThat(gateway.listener.pollerPortsOpened()).isZero();

        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));

        assertThat(gateway.pollerPort()).isPositive();
    }

    @Test
    void offModeHasNoPerModemServer() throws Exception {
        gateway = GatewayFixture.relaxed(directory,
                s -> s.withPollerPorts(PollerPortMode.OFF).withSharedPollerPort(0));
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));

        Socket poller = gateway.sharedPoller(GatewayFixture.IMEI + "\r\nQ?");

        assertThat(readText(poller, 2)).isEqualTo("Q!"); // the session is attached and served
        assertThat(gateway.session().pollerPort()).isZero();
        assertThat(gateway.listener.pollerPortsOpened()).isZero();
        assertThat(directory.find(FIRST)).isEmpty();
    }

    @Test
    void knownModemCanBeNamedOnTheSharedPortBeforeItConnects() throws Exception {
        directory.know(FIRST);
        gateway = GatewayFixture.relaxed(directory,
                s -> s.withPollerPorts(PollerPortMode.OFF).withSharedPollerPort(0));
        Socket poller = gateway.sharedPoller(GatewayFixture.IMEI + "\n");
        await().until(() -> gateway.session().pollerCount() == 1); // accepted, not "ERROR unknown modem"

        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        send(poller, "Q?");

        assertThat(readText(poller, 2)).isEqualTo("Q!");
    }
}
