package org.castellan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LiveFeedTest {

    @Test
    void stoppingTheApplicationEndsEveryStream() {
        LiveFeed feed = new LiveFeed();
        feed.start();
        feed.subscribe(Set.of("event"), org -> true);
        feed.subscribe(Set.of("event"), org -> false);

        feed.stop();

        assertThat(feed.subscriberCount()).isZero();
        assertThat(feed.isRunning()).isFalse();
    }
}
