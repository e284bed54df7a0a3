package org.castellan.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

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

    @Test
    void aClientThatStopsReadingIsDroppedWithoutSlowingPublishers() {
        CountDownLatch never = new CountDownLatch(1);
        LiveFeed feed = new LiveFeed(() -> new SseEmitter(0L) {
            @Override
            public void send(SseEventBuilder builder) throws IOException {
                try {
                    never.await(); // a socket whose buffer never drains
                } catch (InterruptedException e) {
                    throw new IOException("interrupted", e);
                }
            }
        });
        feed.start();
        feed.subscribe(Set.of("event"), org -> true);

        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> {
            for (int i = 0; i <= LiveFeed.QUEUE_LIMIT + 1; i++) {
                feed.publish("event", 1, Map.of("n", i));
            }
        });

        assertThat(feed.subscriberCount()).isZero();
        assertThat(feed.droppedSubscribers()).isEqualTo(1);
    }

    @Test
    void aReadingClientGetsItsOrganizationsEventsInOrder() {
        List<SseEmitter.SseEventBuilder> sent = new CopyOnWriteArrayList<>();
        LiveFeed feed = new LiveFeed(() -> new SseEmitter(0L) {
            @Override
            public void send(SseEventBuilder builder) {
                sent.add(builder);
            }
        });
        feed.start();
        feed.subscribe(Set.of("event"), org -> org == 1);

        feed.publish("event", 1, Map.of("n", 1));
        feed.publish("event", 2, Map.of("n", 2));
        feed.publish("other-topic", 1, Map.of("n", 3));
        feed.publish("event", 1, Map.of("n", 4));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> sent.size() == 3);
        assertThat(sent).extracting(LiveFeedTest::text)
                .satisfiesExactly(
                        first -> assertThat(first).contains(":connected"),
                        second -> assertThat(second).contains("event:event").contains("n=1"),
                        third -> assertThat(third).contains("event:event").contains("n=4"));
        feed.stop();
    }

    private static String text(SseEmitter.SseEventBuilder builder) {
        StringBuilder out = new StringBuilder();
        builder.build().forEach(part -> out.append(part.getData()));
        return out.toString();
    }
}
