package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.LengthPrefixedImeiRecogniser;
import org.castellan.irz.ident.Recogniser;
import org.castellan.irz.ident.RejectReason;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Several modem ports, each with its own identification chain, sharing one session table and its poller ports. */
class ModemPortsTest {

    private GatewayFixture gateway;

    @AfterEach
    void stop() throws Exception {
        if (gateway != null) {
            gateway.close();
        }
    }

    private static IdentificationChain only(Recogniser recogniser) {
        return IdentificationChain.builder(Clock.systemUTC()).then(recogniser).timeLimit(Duration.ofSeconds(10))
                .build();
    }

    @Test
    void aModemMovingToAnotherPortKeepsItsSessionAndPollerPort() throws Exception {
        ModemPort irzLine = new ModemPort("127.0.0.1", 0, only(AtImeiRecogniser.defaults(Clock.systemUTC())));
        ModemPort prefixed = new ModemPort("127.0.0.1", 0, only(LengthPrefixedImeiRecogniser.plain()));
        gateway = new GatewayFixture(GatewayFixture.relaxedSettings(s -> s), List.of(irzLine, prefixed),
                new InMemoryModemDirectory(0));
        List<Integer> ports = gateway.listener.ports();
        assertThat(ports).hasSize(2).doesNotHaveDuplicates();
        assertThat(gateway.listener.port()).isEqualTo(ports.getFirst());
        gateway.connected(gateway.modem().build(), SerialDevice.silent()); // on the first port
        int pollerPort = gateway.pollerPort();

        Socket second = gateway.socket(ports.get(1));
        second.getOutputStream().write(new byte[] {0x00, 0x0F});
        second.getOutputStream().write(GatewayFixture.IMEI.getBytes(US_ASCII));

        assertThat(second.getInputStream().read()).isEqualTo(LengthPrefixedImeiRecogniser.ACCEPT);
        await().until(() -> gateway.events.contains("replaced " + GatewayFixture.IMEI));
        assertThat(gateway.listener.sessions().all()).hasSize(1);
        assertThat(gateway.session().pollerPort()).isEqualTo(pollerPort);
        assertThat(gateway.session().identity().orElseThrow().usesColprot()).isFalse();
    }

    @Test
    void eachPortIdentifiesWithItsOwnChain() throws Exception {
        ModemPort prefixed = new ModemPort("127.0.0.1", 0, only(LengthPrefixedImeiRecogniser.plain()));
        gateway = new GatewayFixture(GatewayFixture.relaxedSettings(s -> s), List.of(prefixed),
                new InMemoryModemDirectory(0));
        Socket irzLine = gateway.socket(gateway.listener.port());

        GatewayFixture.send(irzLine, "AT$IMEI=" + GatewayFixture.IMEI + "\r\n");

        assertThat(irzLine.getInputStream().readAllBytes()).isEmpty();
        assertThat(gateway.listener.counters().rejected(RejectReason.UNRECOGNISED)).isEqualTo(1);
    }

    @Test
    void startWithoutPortsIsRefused() {
        assertThatThrownBy(() -> ModemListener.start(GatewayFixture.relaxedSettings(s -> s), List.of(),
                new InMemoryModemDirectory(0), SessionListener.none()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("ports:");
    }
}
