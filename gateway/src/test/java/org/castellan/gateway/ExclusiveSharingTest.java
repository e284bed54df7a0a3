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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import org.castellan.irz.emulator.MeterLine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The sharing policy {@code exclusive}: one poller holds the modem until it leaves; the others wait or are refused. */
class ExclusiveSharingTest {

    private GatewayFixture gateway;
    private final List<String> meterHeard = new CopyOnWriteArrayList<>();

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    private void start(UnaryOperator<GatewaySettings> tweak) throws InterruptedException {
        InMemoryModemDirectory directory = new InMemoryModemDirectory(0);
        gateway = GatewayFixture.relaxed(directory, tweak);
        directory.sharing(gateway.key(), SharingPolicy.EXCLUSIVE);
    }

    private Socket attachedPoller(int expectedCount) throws Exception {
        Socket poller = gateway.poller();
        await().until(() -> gateway.session().pollerCount() == expectedCount);
        return poller;
    }

    @Test
    void theFirstPollerHoldsTheModemAndTheNextGetsItWhenItLeaves() throws Exception {
        start(s -> s);
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        assertThat(gateway.session().sharing()).isEqualTo(SharingPolicy.EXCLUSIVE);
        Socket holder = attachedPoller(1);
        Socket waiting = attachedPoller(2);

        send(waiting, "B?"); // held: the modem is the holder's
        send(holder, "A?");
        assertThat(readText(holder, 2)).isEqualTo("A!");
        send(holder, "C?");
        assertThat(readText(holder, 2)).isEqualTo("C!");
        assertThat(meterHeard).containsExactly("A?", "C?");

        holder.close();

        assertThat(readText(waiting, 2)).isEqualTo("B!"); // its held request went out when it got the modem
        assertThat(meterHeard).containsExactly("A?", "C?", "B?");
    }

    @Test
    void aWaitingPollerNeverSeesBytesOfTheHoldersRequest() throws Exception {
        // the holder's turn to be answered lasts 3 s: the late answer below comes well within it
        start(s -> s.withTurns(Duration.ofSeconds(3), Duration.ofMillis(100), Duration.ofMillis(50)));
        AtomicReference<MeterLine> late = new AtomicReference<>();
        gateway.connected(gateway.modem().build(), (data, line) -> {
            String request = new String(data, US_ASCII);
            meterHeard.add(request);
            if (request.equals("A?")) {
                late.set(line); // answered only after the holder has left
            } else {
                line.send((request.charAt(0) + "!").getBytes(US_ASCII));
            }
        });
        Socket holder = attachedPoller(1);
        Socket waiting = attachedPoller(2);
        send(holder, "A?");
        await().until(() -> late.get() != null);
        send(waiting, "B?");

        holder.close();
        await().until(() -> gateway.session().pollerCount() == 1);
        late.get().send("A!".getBytes(US_ASCII)); // irz-modem.md §7: the answer to the leaver's request

        await().until(() -> gateway.listener.counters().unclaimedModemBytes() == 2);
        assertThat(readText(waiting, 2)).isEqualTo("B!"); // not "A!"
        assertThat(meterHeard).containsExactly("A?", "B?");
        assertThat(waiting.getInputStream().available()).isZero();
    }

    @Test
    void inRefuseModeASecondPollerIsClosedAndCounted() throws Exception {
        start(s -> s.withExclusive(ExclusiveMode.REFUSE));
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        Socket holder = attachedPoller(1);

        Socket refused = gateway.poller();

        assertThat(refused.getInputStream().read()).isEqualTo(-1);
        assertThat(gateway.listener.counters().refusedPollers()).isEqualTo(1);
        assertThat(gateway.listener.counters().snapshot()).containsEntry("gateway.poller.refused", 1L);
        holder.close();
        await().until(() -> gateway.session().pollerCount() == 0);
        Socket next = attachedPoller(1);
        send(next, "N?");
        assertThat(readText(next, 2)).isEqualTo("N!");
    }

    @Test
    void inRefuseModeAChannelIsRefusedWhileAPollerHoldsTheModem() throws Exception {
        start(s -> s.withExclusive(ExclusiveMode.REFUSE));
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        attachedPoller(1);

        assertThatThrownBy(() -> gateway.listener.channel(gateway.key())).isInstanceOf(ModemBusyException.class);
        assertThat(gateway.listener.counters().refusedPollers()).isEqualTo(1);
    }

    @Test
    void aChannelWaitsForTheModemLikeAPoller() throws Exception {
        start(s -> s);
        gateway.connected(gateway.modem().build(), GatewayFixture.answeringFirstLetter(meterHeard));
        Socket holder = attachedPoller(1);
        try (ModemChannel channel = gateway.listener.channel(gateway.key())) {
            channel.send("C?".getBytes(US_ASCII)); // handed to the relay before the poller's request below
            send(holder, "A?");
            assertThat(readText(holder, 2)).isEqualTo("A!");
            assertThat(meterHeard).containsExactly("A?"); // the channel's request is held

            holder.close();

            await().until(() -> meterHeard.contains("C?"));
            assertThat(new String(channel.receive(Duration.ofSeconds(5)), US_ASCII)).isEqualTo("C!");
        }
    }
}
