package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.irz.ident.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Poller ports assigned from a base: one per session, skipping ports something else holds. */
class PollerPortsTest {

    private GatewayFixture gateway;
    private ServerSocket squatter;

    @AfterEach
    void stop() throws Exception {
        gateway.close();
        squatter.close();
    }

    @Test
    void sessionsGetPortsFromTheBaseAndATakenPortIsSkipped() throws Exception {
        // the OS picks a free port; holding it makes the base itself taken, so the first session must move up
        squatter = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"));
        int base = squatter.getLocalPort();
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMillis(150), new InMemoryModemDirectory(base));

        gateway.connected(gateway.modem().build(), SerialDevice.silent());
        int first = gateway.pollerPort();
        gateway.connected(gateway.modem().channel(1).build(), SerialDevice.silent());
        int second = gateway.pollerPort(new SessionKey(DeviceId.imei(GatewayFixture.IMEI), 1));

        assertThat(first).isGreaterThan(base).isLessThan(base + PollerPorts.BIND_ATTEMPTS);
        assertThat(second).isGreaterThan(first).isLessThan(base + 2 * PollerPorts.BIND_ATTEMPTS);
    }
}
