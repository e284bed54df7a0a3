package org.castellan.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.GreetingMode;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.LengthPrefixedImeiRecogniser;

/** A listener on 127.0.0.1 with OS-picked ports, an emulator fleet, and the session events it saw. */
final class GatewayFixture implements AutoCloseable {

    static final String IMEI = "356938035643809";

    final List<String> events = new CopyOnWriteArrayList<>();
    /** Where GPI events go; a test may replace it before modems connect. */
    volatile List<CommandEvent.GpiChanged> gpiEvents = new CopyOnWriteArrayList<>();
    final List<StatusReport> statusReports = new CopyOnWriteArrayList<>();
    final EmulatorFleet fleet = new EmulatorFleet();
    final List<Socket> sockets = new CopyOnWriteArrayList<>();
    final ModemListener listener;

    GatewayFixture(Duration identificationLimit, Duration silence, Duration replyTimeout, Duration answerIdle)
            throws InterruptedException {
        this(identificationLimit, silence, replyTimeout, answerIdle, new InMemoryPortAssignments(0));
    }

    GatewayFixture(Duration identificationLimit, Duration silence, Duration replyTimeout, Duration answerIdle,
                   PortAssignments ports) throws InterruptedException {
        this(identificationLimit, silence, replyTimeout, answerIdle, ports, s -> s);
    }

    GatewayFixture(Duration identificationLimit, Duration silence, Duration replyTimeout, Duration answerIdle,
                   PortAssignments ports, java.util.function.UnaryOperator<GatewaySettings> tweak)
            throws InterruptedException {
        Clock clock = Clock.systemUTC();
        IdentificationChain chain = IdentificationChain.builder(clock)
                .then(AtImeiRecogniser.defaults(clock))
                .then(LengthPrefixedImeiRecogniser.plain())
                .timeLimit(identificationLimit)
                .build();
        GatewaySettings settings = GatewaySettings.defaults("127.0.0.1", 0, chain)
                .withSilence(silence)
                .withTurns(replyTimeout, answerIdle, answerIdle.dividedBy(2));
        settings = tweak.apply(settings);
        listener = ModemListener.start(settings, ports, new SessionListener() {
            @Override
            public void identified(ModemSession session) {
                events.add("identified " + session.key().id().value());
            }

            @Override
            public void replaced(ModemSession session, SocketAddress previous) {
                events.add("replaced " + session.key().id().value());
            }

            @Override
            public void gpi(ModemSession session, CommandEvent.GpiChanged event) {
                gpiEvents.add(event);
            }

            @Override
            public void status(ModemSession session, StatusReport report) {
                statusReports.add(report);
            }

            @Override
            public void offline(ModemSession session, OfflineReason reason) {
                events.add("offline " + session.key().id().value() + " " + reason.metricName());
            }
        });
    }

    /** Generous limits: nothing times out unless a test says so. */
    static GatewayFixture relaxed() throws InterruptedException {
        return new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMillis(150));
    }

    InetSocketAddress address() {
        return new InetSocketAddress("127.0.0.1", listener.port());
    }

    EmulatorConfig.Builder modem() {
        return EmulatorConfig.builder(address(), IMEI).keepAlive(Duration.ZERO, 0);
    }

    /** A raw-mode modem: the gateway greets COLPROT modems only, so it does not wait for a greeting. */
    EmulatorConfig.Builder rawModem() {
        return modem().raw().greeting(GreetingMode.IGNORE, Duration.ofSeconds(10));
    }

    ModemEmulator connected(EmulatorConfig config, SerialDevice serial) throws Exception {
        ModemEmulator modem = fleet.add(config, serial);
        modem.connect().get(10, TimeUnit.SECONDS);
        return modem;
    }

    SessionKey key() {
        return new SessionKey(DeviceId.imei(IMEI), 0);
    }

    /** @return the session's poller port once bound */
    int pollerPort() {
        return pollerPort(key());
    }

    /** @return the poller port of {@code key}'s session once bound */
    int pollerPort(SessionKey key) {
        org.awaitility.Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> listener.sessions().find(key).map(ModemSession::pollerPort).orElse(0) > 0);
        return listener.sessions().find(key).orElseThrow().pollerPort();
    }

    Socket poller() throws IOException {
        Socket socket = new Socket("127.0.0.1", pollerPort());
        socket.setSoTimeout(5000);
        sockets.add(socket);
        return socket;
    }

    Socket socket(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        sockets.add(socket);
        return socket;
    }

    /** Reads exactly {@code n} bytes (the socket's timeout bounds the wait). */
    static byte[] read(Socket socket, int n) throws IOException {
        InputStream in = socket.getInputStream();
        return in.readNBytes(n);
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
        fleet.close();
        listener.close();
    }
}
