package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.command.CommandEvent;
import org.castellan.irz.command.GpioPin;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.ModemStatus;
import org.castellan.irz.emulator.SerialDevice;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** 0x0C commands through the session's command session, against the irz emulator. */
class ModemCommandsTest {

    private static final long WAIT_S = 5;

    private GatewayFixture gateway;

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private ModemCommands commands() {
        gateway.pollerPort();
        return gateway.listener.sessions().find(gateway.key()).orElseThrow().commands();
    }

    @Test
    void statusCommandsAreAnswered() throws Exception {
        gateway = GatewayFixture.relaxed();
        ModemEmulator modem = gateway.connected(gateway.modem().build(), SerialDevice.silent());
        modem.updateStatus(s -> s.withSignal(new SignalQuality(21)));
        ModemStatus status = modem.status();
        ModemCommands commands = commands();

        assertThat(commands.signal().get(WAIT_S, TimeUnit.SECONDS)).isEqualTo(new SignalQuality(21));
        assertThat(commands.temperature().get(WAIT_S, TimeUnit.SECONDS)).isEqualTo(status.temperature());
        assertThat(commands.iccid().get(WAIT_S, TimeUnit.SECONDS)).isEqualTo(status.iccid());
        assertThat(commands.gpio().get(WAIT_S, TimeUnit.SECONDS)).isEqualTo(status.pins());
    }

    @Test
    void outputIsSwitched() throws Exception {
        gateway = GatewayFixture.relaxed();
        ModemEmulator modem = gateway.connected(gateway.modem().build(), SerialDevice.silent());
        ModemCommands commands = commands();

        List<GpioPin> pins = commands.switchOutput(3, true).get(WAIT_S, TimeUnit.SECONDS);

        assertThat(modem.pinHigh(3)).isTrue();
        assertThat(pins.get(2)).isEqualTo(new GpioPin(3, GpioPin.Direction.OUTPUT, true));
    }

    @Test
    void unsolicitedGpioChangeIsReportedAsGpi() throws Exception {
        gateway = GatewayFixture.relaxed();
        List<CommandEvent.GpiChanged> gpi = new CopyOnWriteArrayList<>();
        gateway.gpiEvents = gpi;
        ModemEmulator modem = gateway.connected(gateway.modem().build(), SerialDevice.silent());
        commands();

        modem.setInput(1, true);

        await().atMost(Duration.ofSeconds(WAIT_S)).until(() -> !gpi.isEmpty());
        assertThat(gpi.getFirst().unsolicited()).isTrue();
        assertThat(gpi.getFirst().pins().getFirst()).isEqualTo(new GpioPin(1, GpioPin.Direction.INPUT, true));
    }

    @Test
    void statusIsRefreshedPeriodically() throws Exception {
        gateway = new GatewayFixture(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(2),
                Duration.ofMillis(150), new InMemoryModemDirectory(0),
                s -> s.withStatusRefresh(Duration.ofMillis(100)));
        ModemEmulator modem = gateway.connected(gateway.modem().build(), SerialDevice.silent());

        await().atMost(Duration.ofSeconds(WAIT_S)).until(() -> !gateway.statusReports.isEmpty());
        StatusReport first = gateway.statusReports.getFirst();
        assertThat(first.temperature()).isEqualTo(modem.status().temperature());
        assertThat(first.pins()).isEqualTo(modem.status().pins());
        modem.updateStatus(s -> s.withSignal(new SignalQuality(5)));

        await().atMost(Duration.ofSeconds(WAIT_S))
                .until(() -> gateway.statusReports.getLast().signal().equals(new SignalQuality(5)));
    }

    @Test
    void rawModemAndOfflineModemTakeNoCommands() throws Exception {
        gateway = GatewayFixture.relaxed();
        ModemEmulator modem = gateway.connected(gateway.rawModem().build(), SerialDevice.silent());
        ModemCommands commands = commands();

        assertThatThrownBy(() -> commands.signal().get(WAIT_S, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(NoCommandChannelException.class);

        modem.close();
        await().until(() -> !gateway.listener.sessions().find(gateway.key()).orElseThrow().online());
        assertThatThrownBy(() -> commands.signal().get(WAIT_S, TimeUnit.SECONDS))
                .isInstanceOf(ExecutionException.class).hasCauseInstanceOf(ModemOfflineException.class);
    }
}
