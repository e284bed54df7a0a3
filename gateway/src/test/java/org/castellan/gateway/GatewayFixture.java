package org.castellan.gateway;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
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

    final List<ConnectionSummary> ended = new CopyOnWriteArrayList<>();
    final ModemDirectory directory;

    GatewayFixture(Duration identificationLimit, Duration silence, Duration replyTimeout, Duration answerIdle)
            throws InterruptedException {
        this(identificationLimit, silence, replyTimeout, answerIdle, new InMemoryModemDirectory(0));
    }

    GatewayFixture(Duration identificationLimit, Duration silence, Duration replyTimeout, Duration answerIdle,
                   ModemDirectory directory) throws InterruptedException {
        this(identificationLimit, silence, replyTimeout, answerIdle, directory, s -> s);
    }

    GatewayFixture(Duration identificationLimit, Duration silence, Duration replyTimeout, Duration answerIdle,
                   ModemDirectory directory, UnaryOperator<GatewaySettings> tweak) throws InterruptedException {
        this(settings(identificationLimit, silence, replyTimeout, answerIdle, tweak), null, directory);
    }

    /** A listener on {@code ports} (all modem ports given; null for the settings' own) with these settings. */
    GatewayFixture(GatewaySettings settings, List<ModemPort> ports, ModemDirectory directory)
            throws InterruptedException {
        this.directory = directory;
        SessionListener events = recorder();
        listener = ports == null ? ModemListener.start(settings, directory, events)
                : ModemListener.start(settings, ports, directory, events);
    }

    /** The relaxed limits of {@link #relaxed()} with {@code tweak} applied. */
    static GatewaySettings relaxedSettings(UnaryOperator<GatewaySettings> tweak) {
        return settings(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2), Duration.ofMillis(150),
                tweak);
    }

    private static GatewaySettings settings(Duration identificationLimit, Duration silence, Duration replyTimeout,
                                            Duration answerIdle, UnaryOperator<GatewaySettings> tweak) {
        GatewaySettings settings = GatewaySettings.defaults("127.0.0.1", 0, chain(identificationLimit))
                .withSilence(silence)
                .withTurns(replyTimeout, answerIdle, answerIdle.dividedBy(2));
        return tweak.apply(settings);
    }

    /** The iRZ line, then the length-prefixed IMEI, within {@code limit}. */
    static IdentificationChain chain(Duration limit) {
        Clock clock = Clock.systemUTC();
        return IdentificationChain.builder(clock)
                .then(AtImeiRecogniser.defaults(clock))
                .then(LengthPrefixedImeiRecogniser.plain())
                .timeLimit(limit)
                .build();
    }

    private SessionListener recorder() {
        return new SessionListener() {
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

            @Override
            public void connectionEnded(ModemSession session, ConnectionSummary summary) {
                ended.add(summary);
            }
        };
    }

    /** Generous limits: nothing times out unless a test says so. */
    static GatewayFixture relaxed() throws InterruptedException {
        return relaxed(new InMemoryModemDirectory(0), s -> s);
    }

    /** Generous limits, this directory, and the settings changed by {@code tweak}. */
    static GatewayFixture relaxed(ModemDirectory directory, UnaryOperator<GatewaySettings> tweak)
            throws InterruptedException {
        return new GatewayFixture(relaxedSettings(tweak), null, directory);
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

    /** @return the session of {@link #key()}, which must exist */
    ModemSession session() {
        return listener.sessions().find(key()).orElseThrow();
    }

    /** @return a socket on the shared poller port that has sent {@code nameLine} (include its {@code \n}) */
    Socket sharedPoller(String nameLine) throws IOException {
        Socket socket = socket(listener.sharedPollerPort().orElseThrow());
        socket.getOutputStream().write(nameLine.getBytes(StandardCharsets.UTF_8));
        socket.getOutputStream().flush();
        return socket;
    }

    Socket socket(int port) throws IOException {
        Socket socket = new Socket("127.0.0.1", port);
        socket.setSoTimeout(5000);
        sockets.add(socket);
        return socket;
    }

    /** Writes {@code text} as ASCII and flushes. */
    static void send(Socket socket, String text) throws IOException {
        socket.getOutputStream().write(text.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
    }

    /** Reads exactly {@code n} bytes as ASCII (the socket's timeout bounds the wait). */
    static String readText(Socket socket, int n) throws IOException {
        return new String(read(socket, n), StandardCharsets.US_ASCII);
    }

    /** A meter that answers {@code "<first character of the request>!"} and notes what it heard. */
    static SerialDevice answeringFirstLetter(List<String> heard) {
        return (data, line) -> {
            String request = new String(data, StandardCharsets.US_ASCII);
            heard.add(request);
            line.send((request.charAt(0) + "!").getBytes(StandardCharsets.US_ASCII));
        };
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
