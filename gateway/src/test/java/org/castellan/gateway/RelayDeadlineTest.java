package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.netty.util.concurrent.DefaultThreadFactory;
import io.netty.util.concurrent.ScheduledFuture;
import io.netty.util.concurrent.SingleThreadEventExecutor;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.castellan.irz.ident.DeviceId;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The end of a turn on a busy modem: moved by every request and answer, scheduled on the timer event loop only now
 * and then (bench/gateway-load.sh relay: per-frame scheduling woke that loop twice a frame), and still reached
 * {@code answerIdle} after the last answer.
 */
class RelayDeadlineTest {

    private static final Duration ANSWER_IDLE = Duration.ofMillis(300);

    /** An event loop (as Netty's {@code DefaultEventExecutor}, which is final) that counts what is scheduled on it. */
    private static final class CountingExecutor extends SingleThreadEventExecutor {
        final AtomicInteger scheduled = new AtomicInteger();

        CountingExecutor() {
            super(null, new DefaultThreadFactory("relay-deadline-test"), true);
        }

        @Override
        public ScheduledFuture<?> schedule(Runnable command, long delay, TimeUnit unit) {
            scheduled.incrementAndGet();
            return super.schedule(command, delay, unit);
        }

        @Override
        protected void run() {
            while (!confirmShutdown()) {
                Runnable task = takeTask();
                if (task != null) {
                    task.run();
                    updateLastExecutionTime();
                }
            }
        }
    }

    private final CountingExecutor timers = new CountingExecutor();
    private final List<byte[]> delivered = new CopyOnWriteArrayList<>();
    private final Relay.Party poller = new Relay.Party() {
        @Override
        public boolean deliver(byte[] data) {
            delivered.add(data);
            return true;
        }

        @Override
        public void disconnect() {
        }
    };
    private final TurnRelay relay = (TurnRelay) new ModemSession(new SessionKey(DeviceId.imei(GatewayFixture.IMEI), 0),
            SharingPolicy.TURNS, timers, GatewayFixture.relaxedSettings(s -> s.withTurns(Duration.ofSeconds(5),
                    ANSWER_IDLE, Duration.ofMillis(100))), new GatewayCounters()).relay();

    @AfterEach
    void stop() {
        timers.shutdownGracefully(0, 0, TimeUnit.SECONDS).syncUninterruptibly();
    }

    /** A request (the modem is offline in this test, so it is dropped, but it takes the turn) and its answer. */
    private void exchange() {
        relay.fromPoller(poller, new byte[] {1});
        relay.fromModem(new byte[] {2});
    }

    @Test
    void aBusyExchangeKeepsTheTurnAndSchedulesItsEndOnlyNowAndThen() {
        relay.attach(poller);
        long start = System.nanoTime();
        int exchanges = 0;
        while (System.nanoTime() - start < 3 * ANSWER_IDLE.toNanos()) {
            exchange();
            exchanges++;
            assertThat(relay.turnHeld()).isTrue();
        }

        assertThat(delivered).hasSize(exchanges);
        // the first request, the first answer bringing the end forward, then about one check per answerIdle
        assertThat(exchanges).isGreaterThan(1000);
        assertThat(timers.scheduled.get()).isLessThanOrEqualTo(8);
    }

    @Test
    void aSecondAnswerMovesTheEndLaterThanTheCheckArmedForTheFirst() {
        relay.attach(poller);
        exchange();
        long first = System.nanoTime();
        await().pollDelay(ANSWER_IDLE.dividedBy(2)).until(() -> true); // half-way, the second exchange
        exchange();
        long[] lastHeld = {first};

        await().pollInterval(Duration.ofMillis(2)).atMost(Duration.ofSeconds(2)).until(() -> {
            if (relay.turnHeld()) {
                lastHeld[0] = System.nanoTime();
                return false;
            }
            return true;
        });
        // about 1.5 × answerIdle after the first answer: the first check found the end moved and waited again
        assertThat(Duration.ofNanos(lastHeld[0] - first)).isGreaterThan(ANSWER_IDLE.multipliedBy(5).dividedBy(4));
    }

    @Test
    void anAnswerBringsTheEndForwardFromTheReplyTimeout() {
        relay.attach(poller);
        relay.fromPoller(poller, new byte[] {1});
        relay.fromModem(new byte[] {2});

        // the reply timeout is 5 s; the answer made it answerIdle
        await().atMost(Duration.ofSeconds(2)).until(() -> !relay.turnHeld());
    }
}
