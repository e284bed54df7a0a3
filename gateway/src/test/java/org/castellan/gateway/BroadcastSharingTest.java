package org.castellan.gateway;

import static java.nio.charset.StandardCharsets.US_ASCII;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;
import static org.castellan.gateway.GatewayFixture.readText;
import static org.castellan.gateway.GatewayFixture.send;

import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.castellan.irz.emulator.ModemEmulator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sharing policy {@code broadcast}, and changing a session's policy while pollers are attached. */
class BroadcastSharingTest {

    private GatewayFixture gateway;
    private final List<String> meterHeard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private ModemEmulator startBroadcasting() throws Exception {
        InMemoryModemDirectory directory = new InMemoryModemDirectory(0);
        gateway = GatewayFixture.relaxed(directory, s -> s);
        directory.sharing(gateway.key(), SharingPolicy.BROADCAST);
        return gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
    }

    private Socket attachedPoller(int expectedCount) throws Exception {
        Socket poller = gateway.poller();
        await().until(() -> gateway.session().pollerCount() == expectedCount);
        return poller;
    }

    @Test
    void bothPollersSeeEveryModemByte() throws Exception {
        ModemEmulator modem = startBroadcasting();
        Socket a = attachedPoller(1);
        Socket b = attachedPoller(2);

        send(a, "A?");
        assertThat(readText(a, 2)).isEqualTo("A!");
        assertThat(readText(b, 2)).isEqualTo("A!");
        send(b, "B?");
        assertThat(readText(a, 2)).isEqualTo("B!");
        assertThat(readText(b, 2)).isEqualTo("B!");
        modem.sendMeterData("PUSH".getBytes(US_ASCII)); // unasked meter bytes too

        assertThat(readText(a, 4)).isEqualTo("PUSH");
        assertThat(readText(b, 4)).isEqualTo("PUSH");
        assertThat(meterHeard).containsExactly("A?", "B?");
        assertThat(gateway.listener.counters().unclaimedModemBytes()).isZero();
    }

    @Test
    void aChannelHearsWhatAPollerAsked() throws Exception {
        startBroadcasting();
        Socket poller = attachedPoller(1);
        try (ModemChannel channel = gateway.listener.channel(gateway.key())) {
            assertThat(gateway.session().pollerCount()).isEqualTo(2);

            send(poller, "P?");

            assertThat(readText(poller, 2)).isEqualTo("P!");
            assertThat(new String(channel.receive(Duration.ofSeconds(5)), US_ASCII)).isEqualTo("P!");
        }
    }

    @Test
    void changingThePolicyClosesThePollersOfTheOldOne() throws Exception {
        gateway = GatewayFixture.relaxed();
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        Socket turnTaker = attachedPoller(1);
        ModemChannel channel = gateway.listener.channel(gateway.key());
        assertThat(gateway.session().sharing()).isEqualTo(SharingPolicy.TURNS);

        gateway.session().sharing(SharingPolicy.BROADCAST);

        assertThat(gateway.session().sharing()).isEqualTo(SharingPolicy.BROADCAST);
        assertThat(turnTaker.getInputStream().read()).isEqualTo(-1);
        assertThatThrownBy(() -> channel.send(new byte[] {1}))
                .isInstanceOf(ChannelClosedException.class);
        Socket a = attachedPoller(1);
        Socket b = attachedPoller(2);
        send(a, "A?");
        assertThat(readText(b, 2)).isEqualTo("A!");
    }
}
