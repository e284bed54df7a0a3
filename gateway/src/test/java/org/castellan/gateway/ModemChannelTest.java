package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.MeterLine;
import org.castellan.irz.ident.DeviceId;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.meter.CurrentValues;
import org.castellan.tem106.reader.Identity;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.ReaderSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The in-process channel: a TEM-106 reader through a modem, turns shared with TCP pollers, closed and offline. */
class ModemChannelTest {

    private static final Duration WAIT = Duration.ofSeconds(5);

    private GatewayFixture gateway;
    private final List<String> meterHeard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private static VirtualMeter meter() {
        return new VirtualMeter(MeterProfile.defaults(),
                Clock.fixed(Instant.parse("2016-03-05T10:00:00Z"), ZoneOffset.UTC));
    }

    private void readsTem106MeterThrough(EmulatorConfig modem) throws Exception {
        VirtualMeter meter = meter();
        gateway.connected(modem, new Tem106Serial(meter));
        gateway.pollerPort();

        try (ModemLink link = new ModemLink(gateway.listener.channel(gateway.key()))) {
            MeterReader reader = new MeterReader(link, 0, ReaderSettings.defaults());

            Identity identity = reader.identify();
            CurrentValues current = reader.readCurrent();

            assertThat(identity).isEqualTo(new Identity(meter.address(), VirtualMeter.MODEL));
            assertThat(current.clock()).isEqualTo(meter.now());
        }
    }

    @Test
    void meterReaderReadsTem106ThroughColprotModem() throws Exception {
        gateway = GatewayFixture.relaxed();
        readsTem106MeterThrough(gateway.modem().build());
    }

    @Test
    void meterReaderReadsTem106ThroughRawModem() throws Exception {
        gateway = GatewayFixture.relaxed();
        readsTem106MeterThrough(gateway.rawModem().build());
    }

    @Test
    void pollerAndChannelTakeTurnsWithoutMixingReplies() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMillis(100));
        AtomicReference<MeterLine> held = new AtomicReference<>();
        gateway.connected(gateway.modem().build(), (data, line) -> {
            String request = new String(data, US_ASCII);
            meterHeard.add(request);
            if (request.equals("C?")) {
                held.set(line); // answered below, while the poller's request waits for its turn
            } else {
                line.send((request.charAt(0) + "!").getBytes(US_ASCII));
            }
        });
        Socket poller = gateway.poller();
        ModemChannel channel = gateway.listener.channel(gateway.key());

        channel.send("C?".getBytes(US_ASCII));
        await().until(() -> held.get() != null);
        send(poller, "P?");
        held.get().send("C!".getBytes(US_ASCII));

        assertThat(receive(channel, 2)).isEqualTo("C!");
        assertThat(new String(GatewayFixture.read(poller, 2), US_ASCII)).isEqualTo("P!");
        assertThat(meterHeard).containsExactly("C?", "P?");
        assertThat(channel.receive(Duration.ZERO)).isEmpty(); // P! went to the poller only
        channel.close();
    }

    @Test
    void lateAnswerToAPollerDoesNotReachTheChannel() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMillis(300),
                Duration.ofMillis(100));
        AtomicReference<MeterLine> late = new AtomicReference<>();
        gateway.connected(gateway.modem().build(), (data, line) -> {
            String request = new String(data, US_ASCII);
            if (request.equals("P?")) {
                late.set(line);
            } else {
                line.send((request.charAt(0) + "!").getBytes(US_ASCII));
            }
        });
        Socket poller = gateway.poller();
        ModemChannel channel = gateway.listener.channel(gateway.key());

        send(poller, "P?");
        await().until(() -> late.get() != null);
        await().until(() -> !relay().turnHeld()); // the poller's turn passed unanswered
        late.get().send("P!".getBytes(US_ASCII));
        await().until(() -> gateway.listener.counters().unclaimedModemBytes() == 2);
        channel.send("C?".getBytes(US_ASCII));

        assertThat(receive(channel, 2)).isEqualTo("C!");
        channel.close();
    }

    @Test
    void closedChannelRefusesAndPassesItsTurn() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.modem().build(), (data, line) -> { }); // never answers
        gateway.pollerPort();
        ModemChannel channel = gateway.listener.channel(gateway.key());
        channel.send("C?".getBytes(US_ASCII));
        assertThat(relay().turnHeld()).isTrue();

        channel.close();

        assertThat(relay().turnHeld()).isFalse();
        assertThatThrownBy(() -> channel.send(new byte[] {1})).isInstanceOf(ChannelClosedException.class);
        assertThatThrownBy(() -> channel.receive(Duration.ZERO)).isInstanceOf(ChannelClosedException.class);
    }

    @Test
    void closeWakesABlockedReceive() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.modem().build(), (data, line) -> { });
        gateway.pollerPort();
        ModemChannel channel = gateway.listener.channel(gateway.key());
        AtomicReference<Throwable> outcome = new AtomicReference<>();
        Thread receiver = Thread.ofVirtual().start(() -> {
            try {
                channel.receive(Duration.ofSeconds(30));
            } catch (Exception e) {
                outcome.set(e);
            }
        });
        await().until(() -> receiver.getState() == Thread.State.WAITING
                || receiver.getState() == Thread.State.TIMED_WAITING);

        channel.close();

        await().atMost(WAIT).until(() -> outcome.get() != null);
        assertThat(outcome.get()).isInstanceOf(ChannelClosedException.class);
    }

    @Test
    void unknownOrOfflineModemHasNoChannel() throws Exception {
        gateway = GatewayFixture.relaxed();
        SessionKey unknown = new SessionKey(DeviceId.imei("356938035643817"), 0);

        assertThatThrownBy(() -> gateway.listener.channel(unknown)).isInstanceOf(ModemOfflineException.class);

        var modem = gateway.connected(gateway.modem().build(), (data, line) -> { });
        gateway.pollerPort();
        ModemChannel channel = gateway.listener.channel(gateway.key());
        modem.close();
        await().until(() -> !gateway.listener.sessions().find(gateway.key()).orElseThrow().online());

        assertThatThrownBy(() -> channel.send(new byte[] {1})).isInstanceOf(ModemOfflineException.class);
        assertThatThrownBy(() -> gateway.listener.channel(gateway.key())).isInstanceOf(ModemOfflineException.class);
        channel.close();
    }

    private TurnRelay relay() {
        return (TurnRelay) gateway.session().relay();
    }

    private static void send(Socket poller, String text) throws IOException {
        OutputStream out = poller.getOutputStream();
        out.write(text.getBytes(US_ASCII));
        out.flush();
    }

    /** Receives until {@code n} bytes came (bounded by {@link #WAIT}). */
    private static String receive(ModemChannel channel, int n) throws Exception {
        StringBuilder got = new StringBuilder();
        long end = System.nanoTime() + WAIT.toNanos();
        while (got.length() < n && System.nanoTime() < end) {
            got.append(new String(channel.receive(Duration.ofNanos(end - System.nanoTime())), US_ASCII));
        }
        return got.toString();
    }
}
