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
import org.springframework.web.servlet.mvc.method.annotation.ResponseBodyEmitter;
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
        StringBuffer stream = new StringBuffer();
        LiveFeed feed = new LiveFeed(() -> new SseEmitter(0L) {
            @Override
            public void send(SseEventBuilder builder) {
                stream.append(text(builder.build()));
            }

            @Override
            public void send(Set<ResponseBodyEmitter.DataWithMediaType> items) {
                stream.append(text(items)); // events that queued up meanwhile, written with one flush
            }
        });
        feed.start();
        feed.subscribe(Set.of("event"), org -> org == 1);

        feed.publish("event", 1, Map.of("n", 1));
        feed.publish("event", 2, Map.of("n", 2));
        feed.publish("other-topic", 1, Map.of("n", 3));
        feed.publish("event", 1, Map.of("n", 4));

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> stream.toString().contains("n=4"));
        assertThat(stream.toString())
                .startsWith(":connected\n\n")
                .contains("event:event\ndata:{n=1}\n\n")
                .doesNotContain("n=2").doesNotContain("n=3")
                .endsWith("event:event\ndata:{n=4}\n\n");
        assertThat(stream.indexOf("n=1")).isLessThan(stream.indexOf("n=4"));
        feed.stop();
    }

    @Test
    void eventsThatQueuedUpGoOutTogetherInOneWriteAndStayFramed() throws Exception {
        List<String> writes = new CopyOnWriteArrayList<>();
        java.util.concurrent.CountDownLatch firstWrite = new java.util.concurrent.CountDownLatch(1);
        java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
        LiveFeed feed = new LiveFeed(() -> new SseEmitter(0L) {
            @Override
            public void send(SseEventBuilder builder) throws IOException {
                writes.add(text(builder.build()));
                firstWrite.countDown();
                await(release);
            }

            @Override
            public void send(Set<ResponseBodyEmitter.DataWithMediaType> items) {
                writes.add(text(items));
            }
        });
        feed.start();
        feed.subscribe(Set.of("event"), org -> true);
        firstWrite.await(); // the writer is busy with ":connected" while five events queue up behind it
        for (int n = 1; n <= 5; n++) {
            feed.publish("event", 1, Map.of("n", n));
        }
        release.countDown();

        Awaitility.await().atMost(Duration.ofSeconds(5)).until(() -> writes.size() == 2);
        assertThat(writes.get(1)).isEqualTo("event:event\ndata:{n=1}\n\nevent:event\ndata:{n=2}\n\n"
                + "event:event\ndata:{n=3}\n\nevent:event\ndata:{n=4}\n\nevent:event\ndata:{n=5}\n\n");
        feed.stop();
    }

    private static void await(java.util.concurrent.CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String text(Set<ResponseBodyEmitter.DataWithMediaType> parts) {
        StringBuilder out = new StringBuilder();
        parts.forEach(part -> out.append(part.getData()));
        return out.toString();
    }

}
