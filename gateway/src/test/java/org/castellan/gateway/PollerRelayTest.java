package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import org.castellan.irz.emulator.MeterLine;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Pollers on a modem's port: relay both ways, keep-alives filtered, turns, late answers, slow pollers. */
class PollerRelayTest {

    private GatewayFixture gateway;
    /** What reached the meter's serial side, one entry per chunk. */
    private final List<String> meterHeard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    /** A meter that answers {@code "<request>!"} to every request. */
    private SerialDevice answering() {
        return (data, line) -> {
            meterHeard.add(new String(data, US_ASCII));
            line.send((new String(data, US_ASCII) + "!").getBytes(US_ASCII));
        };
    }

    private static void send(Socket poller, String text) throws IOException {
        OutputStream out = poller.getOutputStream();
        out.write(text.getBytes(US_ASCII));
        out.flush();
    }

    private static String read(Socket poller, int n) throws IOException {
        return new String(GatewayFixture.read(poller, n), US_ASCII);
    }

    private TurnRelay relay() {
        return (TurnRelay) gateway.session().relay();
    }

    @Test
    void colprotModemRelaysBothWays() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.modem().build(), answering());
        Socket poller = gateway.poller();

        send(poller, "READ-7");

        assertThat(read(poller, 7)).isEqualTo("READ-7!");
        assertThat(meterHeard).containsExactly("READ-7"); // unwrapped from type 0x01 by the modem
    }

    @Test
    void pollersRunOnTheirModemsEventLoop() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.modem().build(), answering());
        for (int i = 0; i < 4; i++) { // without the placement, four pollers would take the workers round-robin
            gateway.poller();
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> gateway.session().pollerCount() == 4);

        List<Relay.Party> parties;
        synchronized (relay()) {
            parties = relay().attachedParties();
        }
        assertThat(parties).allSatisfy(party -> assertThat(((PollerConnection) party).channel().eventLoop())
                .isSameAs(gateway.session().modemLoop()));
    }

    @Test
    void rawModemRelaysBothWays() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.rawModem().build(), answering());
        Socket poller = gateway.poller();

        send(poller, "READ-8");

        assertThat(read(poller, 7)).isEqualTo("READ-8!");
        assertThat(meterHeard).containsExactly("READ-8");
    }

    @Test
    void keepAliveIsCutOutOfTheRawStream() throws Exception {
        gateway = GatewayFixture.relaxed();
        AtomicReference<MeterLine> meter = new AtomicReference<>();
        ModemEmulator modem = gateway.connected(gateway.rawModem().keepAlive(Duration.ZERO, 2).build(),
                (data, line) -> {
                    line.send("AB".getBytes(US_ASCII));
                    meter.set(line);
                });
        Socket poller = gateway.poller();

        send(poller, "Q");
        await().until(() -> meter.get() != null);
        modem.sendKeepAlive(); // B5 BC | BD BE BF in two writes
        meter.get().send("CD".getBytes(US_ASCII));

        assertThat(read(poller, 4)).isEqualTo("ABCD");
    }

    @Test
    void turnsSerialiseTwoPollersAndDropTheLateAnswer() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofMillis(300),
                Duration.ofMillis(100));
        AtomicReference<MeterLine> late = new AtomicReference<>();
        gateway.connected(gateway.modem().build(), (data, line) -> {
            String request = new String(data, US_ASCII);
            meterHeard.add(request);
            if (request.equals("A?")) {
                late.set(line); // this meter answers A only after A's turn has passed
            } else {
                line.send((request.charAt(0) + "!").getBytes(US_ASCII));
            }
        });
        Socket pollerA = gateway.poller();
        Socket pollerB = gateway.poller();

        send(pollerA, "A?");
        await().until(() -> late.get() != null);
        send(pollerB, "B?"); // waits for A's turn (300 ms without an answer)

        assertThat(read(pollerB, 2)).isEqualTo("B!");
        assertThat(meterHeard).containsExactly("A?", "B?");
        await().until(() -> !relay().turnHeld());

        late.get().send("A!".getBytes(US_ASCII)); // the answer to A, after the turn passed (irz-modem.md §7)
        await().until(() -> gateway.listener.counters().unclaimedModemBytes() == 2);
        send(pollerB, "B?");

        assertThat(read(pollerB, 2)).isEqualTo("B!"); // not "A!": the late answer went to nobody
        assertThat(pollerA.getInputStream().available()).isZero();
    }

    @Test
    void slowPollerDoesNotStallAnotherPoller() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMillis(300));
        byte[] chunk = new byte[64 * 1024];
        gateway.connected(gateway.rawModem().build(), (data, line) -> {
            String request = new String(data, US_ASCII);
            if (request.equals("BULK?")) {
                // 16 MiB, more than the kernel buffers between the gateway and a poller that never reads
                Thread.ofVirtual().start(() -> {
                    for (int i = 0; i < 256; i++) {
                        line.send(chunk);
                    }
                });
            } else {
                line.send("F!".getBytes(US_ASCII));
            }
        });
        int port = gateway.pollerPort();
        Socket slow = new Socket();
        slow.setReceiveBufferSize(4096);
        slow.connect(new InetSocketAddress("127.0.0.1", port));
        gateway.sockets.add(slow);
        Socket fast = gateway.poller();

        send(slow, "BULK?"); // and never read
        await().atMost(Duration.ofSeconds(10)).until(() -> gateway.listener.counters().droppedToPollers() > 0);
        send(fast, "F?");

        assertThat(read(fast, 2)).isEqualTo("F!");
        assertThat(gateway.listener.sessions().find(gateway.key()).orElseThrow().online()).isTrue();
    }

    @Test
    void aPollerThatDisconnectsPassesTheTurn() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60),
                Duration.ofMillis(100));
        gateway.connected(gateway.modem().build(), (data, line) -> {
            String request = new String(data, US_ASCII);
            meterHeard.add(request);
            if (!request.equals("A?")) {
                line.send("B!".getBytes(US_ASCII)); // A is never answered
            }
        });
        Socket pollerA = gateway.poller();
        Socket pollerB = gateway.poller();
        send(pollerA, "A?");
        await().until(() -> meterHeard.contains("A?"));
        send(pollerB, "B?");

        pollerA.close(); // long before the 60 s reply timeout

        assertThat(read(pollerB, 2)).isEqualTo("B!");
    }

    @Test
    void requestsWhileTheModemIsOfflineAreDroppedAndCounted() throws Exception {
        gateway = GatewayFixture.relaxed();
        ModemEmulator modem = gateway.connected(gateway.modem().build(), answering());
        Socket poller = gateway.poller();
        modem.close();
        await().until(() -> gateway.events.contains("offline " + GatewayFixture.IMEI + " closed"));

        send(poller, "LOST");

        await().until(() -> gateway.listener.counters().droppedToModems() == 4);
        assertThat(meterHeard).isEmpty();
    }
}
