package org.castellan.gsm.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The in-memory pair the conversation tests run over. */
class InMemoryAtPortTest {

    @Test
    void whatOneEndWritesTheOtherReadsInTheSameChunks() throws IOException {
        InMemoryAtPort.Pair pair = InMemoryAtPort.pair();

        pair.computer().write(new byte[] {'A', 'T'});
        pair.computer().write(new byte[] {'\r'});

        assertThat(pair.modem().read(Duration.ofSeconds(1))).containsExactly('A', 'T');
        assertThat(pair.modem().read(Duration.ofSeconds(1))).containsExactly('\r');
        assertThat(pair.modem().read(Duration.ZERO)).isEmpty();
    }

    @Test
    void closingOneEndWakesABlockedReadOnTheOther() throws Exception {
        InMemoryAtPort.Pair pair = InMemoryAtPort.pair();
        CompletableFuture<Throwable> reader = CompletableFuture.supplyAsync(() -> {
            try {
                pair.computer().read(Duration.ofMinutes(1));
                return null;
            } catch (IOException e) {
                return e;
            }
        });

        pair.modem().close();

        assertThat(reader.get(5, TimeUnit.SECONDS)).isInstanceOf(IOException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> pair.computer().write(new byte[1])).isInstanceOf(IOException.class);
        assertThat(pair.computer().isClosed()).isTrue();
    }
}
