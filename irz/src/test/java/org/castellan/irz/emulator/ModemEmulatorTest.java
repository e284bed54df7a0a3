package org.castellan.irz.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.castellan.irz.Hex;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;
import org.castellan.irz.command.CommandAnswer;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.command.CommandRequest;
import org.castellan.irz.command.StatusCommand;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.Greeting;
import org.castellan.irz.ident.GreetingCodec;
import org.castellan.irz.ident.GreetingPolicy;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.raw.BytePattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModemEmulatorTest {

    private static final String IMEI = "861230045678903";
    private static final Duration WAIT = Duration.ofSeconds(10);

    private final EmulatorFleet fleet = new EmulatorFleet();
    private IrzTestServer server;

    @BeforeEach
    void startServer() throws Exception {
        server = new IrzTestServer(IdentificationChain.builder(Clock.systemUTC())
                .then(AtImeiRecogniser.defaults(Clock.systemUTC())).build());
    }

    @AfterEach
    void stop() throws Exception {
        fleet.close();
        server.close();
    }

    private EmulatorConfig.Builder modem() {
        return EmulatorConfig.builder(server.address(), IMEI).keepAlive(Duration.ZERO, 0);
    }

    private ModemEmulator connected(EmulatorConfig config, SerialDevice serial) throws Exception {
        ModemEmulator modem = fleet.add(config, serial);
        modem.connect().get(10, TimeUnit.SECONDS);
        return modem;
    }

    private static <T> T get(CompletableFuture<T> future) throws Exception {
        return future.get(10, TimeUnit.SECONDS);
    }

    @Test
    void identificationLineSplitOverWritesIsIdentifiedAndTheGreetingReceived() throws Exception {
        ModemEmulator modem = connected(modem().identificationWrites(7).channel(3).field("XTRA", "1").build(),
                SerialDevice.silent());

        IrzTestServer.Session session = server.nextSession();
        assertThat(session.identity.id()).isEqualTo(DeviceId.imei(IMEI));
        assertThat(session.identity.channel()).isEqualTo(3);
        assertThat(session.identity.colprotVersion()).contains("1.3");
        assertThat(session.identity.field("XTRA")).contains("1");
        assertThat(modem.lastGreeting()).map(GreetingCodec.Parsed::greeting).contains(new Greeting.DataMode());
    }

    @Test
    void modemWaitingForAGreetingThatNeverComesGivesUp() throws Exception {
        server.close();
        server = new IrzTestServer(IdentificationChain.builder(Clock.systemUTC())
                .then(new AtImeiRecogniser(512, GreetingPolicy.NEVER, new GreetingCodec(Clock.systemUTC()),
                        List.of())).build());
        ModemEmulator modem = fleet.add(modem().greeting(GreetingMode.WAIT, Duration.ofMillis(200)).build(),
                SerialDevice.silent());

        assertThatThrownBy(() -> modem.connect().get(10, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasMessageContaining("greeting: expected within");
        assertThat(modem.openConnections()).isZero();
    }

    @Test
    void statusCommandsAreAnsweredFromTheModemsStatus() throws Exception {
        ModemEmulator modem = connected(modem().build(), SerialDevice.silent());
        modem.updateStatus(s -> s.withSignal(new SignalQuality(21)));
        IrzTestServer.Session session = server.nextSession();

        assertThat(get(session.ask(new CommandRequest.Status(StatusCommand.SIGNAL))))
                .isEqualTo(new CommandAnswer.Signal(new SignalQuality(21)));
        assertThat(get(session.ask(new CommandRequest.Status(StatusCommand.TEMPERATURE))))
                .isEqualTo(new CommandAnswer.Temperature(25));
        assertThat(get(session.ask(new CommandRequest.Status(StatusCommand.ICCID))))
                .isEqualTo(new CommandAnswer.Iccid("89701012345678901234"));
        assertThat(get(session.ask(new CommandRequest.Status(StatusCommand.CELL_INFO))))
                .isEqualTo(new CommandAnswer.CellInfo("0,\"250,01,00dd,3860,29,21\";"));
        assertThat(get(session.ask(new CommandRequest.Status(StatusCommand.GPIO))))
                .isEqualTo(new CommandAnswer.Gpio(modem.status().pins()));
    }

    @Test
    void switchingAnOutputChangesTheModemAndAnswersTheNewState() throws Exception {
        ModemEmulator modem = connected(modem().build(), SerialDevice.silent());
        IrzTestServer.Session session = server.nextSession();

        CommandAnswer.Gpio answer = (CommandAnswer.Gpio) get(session.ask(CommandRequest.Text.switchOutput(3, true)));
        assertThat(answer.pins().get(2).high()).isTrue();
        assertThat(modem.pinHigh(3)).isTrue();
    }

    @Test
    void inputChangeReachesTheServerAsAGpiEvent() throws Exception {
        ModemEmulator modem = connected(modem().build(), SerialDevice.silent());
        IrzTestServer.Session session = server.nextSession();

        modem.setInput(2, true);

        CommandEvent event = session.events.poll(10, TimeUnit.SECONDS);
        assertThat(event).isInstanceOfSatisfying(CommandEvent.GpiChanged.class, gpi -> {
            assertThat(gpi.unsolicited()).isTrue();
            assertThat(gpi.pins().get(1).high()).isTrue();
        });
        assertThatThrownBy(() -> modem.setInput(3, true)).hasMessageContaining("found 3");
    }

    @Test
    void keepAlivesComeOnTheirPeriodSplitTenPlusFive() throws Exception {
        connected(modem().keepAlive(Duration.ofMillis(50), 10).build(), SerialDevice.silent());
        IrzTestServer.Session session = server.nextSession();

        ColprotFrame frame = session.frames.poll(10, TimeUnit.SECONDS);
        assertThat(frame).isEqualTo(ColprotFrame.keepAlive());
    }

    @Test
    void meterDataTravelsInFramesBothWays() throws Exception {
        SerialDevice echo = (data, line) -> line.send(data);
        connected(modem().build(), echo);
        IrzTestServer.Session session = server.nextSession();

        session.write(org.castellan.irz.colprot.ColprotEncoder.encode(ColprotFrame.meterData(Hex.parse("55 01 0F"))));
        ColprotFrame answer = session.frames.poll(10, TimeUnit.SECONDS);
        assertThat(answer).isEqualTo(ColprotFrame.of(FrameType.METER_DATA, Hex.parse("55 01 0F")));
    }

    @Test
    void rawMeterAnswerWithAKeepAliveSplitBetweenItsFragmentsArrivesWhole() throws Exception {
        byte[] request = Hex.parse("10 5B 01 5C 16");
        byte[] first = Hex.parse("68 0B 0B 68 08 01");
        byte[] second = Hex.parse("72 45 16");
        AtomicReference<ModemEmulator> self = new AtomicReference<>();
        List<byte[]> seen = new ArrayList<>();
        SerialDevice meter = (data, line) -> {
            seen.add(data);
            line.send(first);
            self.get().sendKeepAlive(); // lands between the fragments, split 2 + 3 across writes
            line.send(second);
        };
        self.set(connected(modem().raw().greeting(GreetingMode.IGNORE, WAIT).keepAlive(Duration.ZERO, 2).build(),
                meter));
        IrzTestServer.Session session = server.nextSession();
        assertThat(session.identity.usesColprot()).isFalse();

        session.write(request);

        await().atMost(WAIT).until(() -> session.rawData().length >= first.length + second.length
                && session.keepAlives.get() == 1);
        assertThat(session.rawData()).isEqualTo(Hex.parse("68 0B 0B 68 08 01 72 45 16"));
        assertThat(seen).singleElement().isEqualTo(request);
        assertThat(BytePattern.IRZ_KEEP_ALIVE.length()).isEqualTo(5);
    }

    @Test
    void reconnectArrivesWhileTheOldConnectionIsStillOpen() throws Exception {
        ModemEmulator modem = connected(modem().build(), SerialDevice.silent());
        IrzTestServer.Session first = server.nextSession();

        get(modem.reconnect(ModemEmulator.OldConnection.LEAVE_OPEN));
        IrzTestServer.Session second = server.nextSession();

        assertThat(second.identity.id()).isEqualTo(first.identity.id());
        assertThat(first.open()).as("old connection still open when the new one is identified").isTrue();
        assertThat(modem.openConnections()).isEqualTo(2);

        first.close(); // the newest connection wins (irz-modem.md §7)
        await().atMost(WAIT).until(() -> modem.openConnections() == 1);
        assertThat(get(second.ask(new CommandRequest.Status(StatusCommand.SIGNAL))))
                .isInstanceOf(CommandAnswer.Signal.class);
    }

    @Test
    void reconnectThatClosesTheOldConnectionLeavesOne() throws Exception {
        ModemEmulator modem = connected(modem().build(), SerialDevice.silent());
        IrzTestServer.Session first = server.nextSession();

        get(modem.reconnect(ModemEmulator.OldConnection.CLOSE));
        server.nextSession();

        assertThat(first.ended.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(modem.openConnections()).isEqualTo(1);
    }

    @Test
    void manyModemsShareOneFleet() throws Exception {
        int count = 200;
        List<CompletableFuture<Void>> connecting = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String imei = String.format("86123004%07d", i);
            connecting.add(fleet.add(EmulatorConfig.builder(server.address(), imei).build(), SerialDevice.silent())
                    .connect());
        }
        CompletableFuture.allOf(connecting.toArray(CompletableFuture[]::new)).get(30, TimeUnit.SECONDS);

        Set<String> imeis = new HashSet<>();
        for (int i = 0; i < count; i++) {
            imeis.add(server.nextSession().identity.id().value());
        }
        assertThat(imeis).hasSize(count);
    }
}
