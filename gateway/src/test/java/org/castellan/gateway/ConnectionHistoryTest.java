package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.castellan.gateway.GatewayFixture.readText;
import static org.castellan.gateway.GatewayFixture.send;

import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** One {@link ConnectionSummary} per ended modem connection, with wire byte counts and the injected clock's times. */
class ConnectionHistoryTest {

    /** A raw-mode modem's line: raw modems are not greeted, so every byte the gateway writes is a poller's. */
    private static final String LINE = "AT$IMEI=" + GatewayFixture.IMEI + "\r\n";
    private static final Instant CONNECTED = Instant.parse("2024-03-05T10:00:00Z");

    private final TestClock clock = new TestClock(CONNECTED);
    private GatewayFixture gateway;

    @BeforeEach
    void start() throws InterruptedException {
        gateway = GatewayFixture.relaxed(new InMemoryModemDirectory(0), s -> s.withClock(clock));
    }

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private Socket identifiedModem() throws Exception {
        Socket modem = gateway.socket(gateway.listener.port());
        send(modem, LINE);
        await().until(() -> gateway.listener.sessions().find(gateway.key()).map(ModemSession::online).orElse(false));
        return modem;
    }

    @Test
    void normalCloseReportsTheBytesBothWays() throws Exception {
        Socket modem = identifiedModem();
        Socket poller = gateway.poller();
        send(poller, "PING");
        assertThat(readText(modem, 4)).isEqualTo("PING");
        send(modem, "PONG");
        assertThat(readText(poller, 4)).isEqualTo("PONG");
        ModemSession session = gateway.session();
        assertThat(session.connectedAt()).contains(CONNECTED);
        assertThat(session.bytesFromModem()).isEqualTo(LINE.length() + 4);
        assertThat(session.bytesToModem()).isEqualTo(4);
        clock.set(CONNECTED.plusSeconds(90));
        var address = modem.getLocalSocketAddress();

        modem.close();

        await().until(() -> gateway.ended.size() == 1);
        ConnectionSummary summary = gateway.ended.getFirst();
        assertThat(summary.reason()).isEqualTo(OfflineReason.CLOSED);
        assertThat(summary.bytesFromModem()).isEqualTo(LINE.length() + 4);
        assertThat(summary.bytesToModem()).isEqualTo(4);
        assertThat(summary.connectedAt()).isEqualTo(CONNECTED);
        assertThat(summary.duration()).isEqualTo(Duration.ofSeconds(90));
        assertThat(summary.remote()).isEqualTo(address);
        await().until(() -> gateway.events.contains("offline " + GatewayFixture.IMEI + " closed"));
        assertThat(session.connectedAt()).isEmpty();
        assertThat(session.bytesFromModem()).isZero();
    }

    @Test
    void replacedConnectionIsReportedAsReplacedAndTheSessionStaysOnline() throws Exception {
        Socket old = identifiedModem();
        send(old, "XYZ"); // meter bytes nobody asked for
        await().until(() -> gateway.session().bytesFromModem() == LINE.length() + 3);

        Socket rebooted = identifiedModemAgain();

        assertThat(old.getInputStream().read()).isEqualTo(-1); // the newest connection wins
        await().until(() -> gateway.ended.size() == 1);
        ConnectionSummary summary = gateway.ended.getFirst();
        assertThat(summary.reason()).isEqualTo(OfflineReason.REPLACED);
        assertThat(summary.bytesFromModem()).isEqualTo(LINE.length() + 3);
        assertThat(summary.bytesToModem()).isZero();
        assertThat(summary.remote()).isEqualTo(old.getLocalSocketAddress());
        assertThat(gateway.session().online()).isTrue();
        assertThat(gateway.session().remote()).contains(rebooted.getLocalSocketAddress());
        assertThat(gateway.session().bytesFromModem()).isEqualTo(LINE.length());
        assertThat(gateway.events).containsExactly("identified " + GatewayFixture.IMEI,
                "replaced " + GatewayFixture.IMEI);
    }

    private Socket identifiedModemAgain() throws Exception {
        Socket modem = gateway.socket(gateway.listener.port());
        send(modem, LINE);
        await().until(() -> gateway.session().remote().map(modem.getLocalSocketAddress()::equals).orElse(false));
        return modem;
    }

    /** A clock the test sets. */
    private static final class TestClock extends Clock {
        private final AtomicReference<Instant> now;

        TestClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void set(Instant instant) {
            now.set(instant);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }
}
