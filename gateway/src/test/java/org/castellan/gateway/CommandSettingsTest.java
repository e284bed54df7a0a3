package org.castellan.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.castellan.irz.colprot.ColprotDecoder;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;
import org.castellan.irz.command.CommandFailedException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@link GatewaySettings#commandTimeout()} and {@link GatewaySettings#commandRetries()} reach every connection. */
class CommandSettingsTest {

    private static final Duration TIMEOUT = Duration.ofMillis(200);

    private GatewayFixture gateway;
    private final AtomicInteger commandFrames = new AtomicInteger();

    @AfterEach
    void stop() throws Exception {
        gateway.close();
    }

    /** A COLPROT modem that reads command frames and never answers them; counts them. */
    private void silentColprotModem() throws Exception {
        Socket modem = gateway.socket(gateway.listener.port());
        GatewayFixture.send(modem, "AT$IMEI=" + GatewayFixture.IMEI + ",COLPROT=1.3\r\n");
        ColprotDecoder decoder = new ColprotDecoder(1024); // skips the greeting as garbage before the first frame
        Thread.ofVirtual().start(() -> {
            byte[] buf = new byte[256];
            try (InputStream in = modem.getInputStream()) {
                modem.setSoTimeout(0);
                for (int n; (n = in.read(buf)) > 0; ) {
                    decoder.feed(buf, 0, n, event -> {
                        if (event instanceof ColprotFrame frame && frame.type() == FrameType.COMMAND) {
                            commandFrames.incrementAndGet();
                        }
                    });
                }
            } catch (IOException e) {
                // the test ended and closed the socket
            }
        });
        await().until(() -> gateway.listener.sessions().find(gateway.key()).map(ModemSession::online).orElse(false));
    }

    private CommandFailedException unansweredSignalQuery(int retries, long[] elapsedNanos) throws Exception {
        gateway = GatewayFixture.relaxed(new InMemoryModemDirectory(0), s -> s.withCommands(TIMEOUT, retries));
        silentColprotModem();
        long start = System.nanoTime();
        var signal = gateway.session().commands().signal();

        Throwable failure = catchThrowable(() -> signal.get(10, TimeUnit.SECONDS));

        elapsedNanos[0] = System.nanoTime() - start;
        assertThat(failure).isInstanceOf(ExecutionException.class).hasCauseInstanceOf(CommandFailedException.class);
        return (CommandFailedException) failure.getCause();
    }

    @Test
    void anUnansweredCommandIsSentOncePlusTheRetriesThenTimesOut() throws Exception {
        long[] elapsed = new long[1];

        CommandFailedException failure = unansweredSignalQuery(2, elapsed);

        assertThat(failure.reason()).isEqualTo(CommandFailedException.Reason.TIMEOUT);
        assertThat(failure.attempts()).isEqualTo(3);
        await().until(() -> commandFrames.get() == 3);
        assertThat(Duration.ofNanos(elapsed[0])).isBetween(TIMEOUT.multipliedBy(3), Duration.ofSeconds(5));
    }

    @Test
    void withoutRetriesOneAttemptTimesOut() throws Exception {
        long[] elapsed = new long[1];

        CommandFailedException failure = unansweredSignalQuery(0, elapsed);

        assertThat(failure.attempts()).isEqualTo(1);
        await().until(() -> commandFrames.get() == 1);
        assertThat(Duration.ofNanos(elapsed[0])).isBetween(TIMEOUT, Duration.ofSeconds(5));
    }
}
