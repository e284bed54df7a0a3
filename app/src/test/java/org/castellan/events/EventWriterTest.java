package org.castellan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.CannotGetJdbcConnectionException;

/** The batched writer against a store that fails on demand: order, outages, back-pressure, refusals, stop. */
class EventWriterTest {
    /** Keeps events by id, like the journal's primary key; fails as told. */
    static final class FakeStore implements EventStore {
        final Map<Long, Event> rows = new ConcurrentHashMap<>();
        final List<Long> order = new CopyOnWriteArrayList<>();
        final AtomicLong nextId = new AtomicLong(1);
        final AtomicInteger reservations = new AtomicInteger();
        final List<Integer> batchSizes = new CopyOnWriteArrayList<>();
        volatile int unavailableFor;
        volatile int lostCommits;
        volatile String poisonedMessage;
        volatile CountDownLatch gate;

        @Override
        public List<Event> reserve(List<NewEvent> events) {
            List<Event> out = new ArrayList<>();
            for (NewEvent e : events) {
                reservations.incrementAndGet();
                out.add(new Event(nextId.getAndIncrement(), e.orgId(), e.occurredAt(), Instant.now(), e.type(),
                        e.severity(), e.deviceId(), e.personId(), e.siteId(), e.zoneId(), e.source(), e.message(),
                        e.data()));
            }
            return out;
        }

        final AtomicInteger retries = new AtomicInteger();

        @Override
        public void insert(List<Event> events, boolean retry) {
            if (retry) {
                retries.incrementAndGet();
            }
            awaitGate();
            if (unavailableFor > 0) {
                unavailableFor--;
                throw new CannotGetJdbcConnectionException("connection refused");
            }
            if (poisonedMessage != null && events.stream().anyMatch(e -> e.message().equals(poisonedMessage))) {
                throw new DataIntegrityViolationException("value too long");
            }
            batchSizes.add(events.size());
            for (Event e : events) {
                if (rows.putIfAbsent(e.id(), e) == null) {
                    order.add(e.id());
                }
            }
            if (lostCommits > 0) {
                lostCommits--;
                throw new CannotGetJdbcConnectionException("connection reset after commit");
            }
        }

        private void awaitGate() {
            CountDownLatch g = gate;
            if (g != null) {
                try {
                    g.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    final FakeStore store = new FakeStore();
    final List<Event> dispatched = new CopyOnWriteArrayList<>();
    final SimpleMeterRegistry meters = new SimpleMeterRegistry();
    EventWriter writer;

    EventWriter start(int buffer, int batch) {
        writer = new EventWriter(store, dispatched::add,
                new EventProperties(buffer, batch, Duration.ofMillis(50)), meters);
        writer.start();
        return writer;
    }

    @AfterEach
    void stop() {
        if (writer != null) {
            writer.stop();
        }
    }

    static NewEvent event(int n) {
        return NewEvent.of(1, Instant.parse("2026-11-22T08:00:00Z").plusMillis(n), "test.n", EventSeverity.INFO,
                "event " + n);
    }

    @Test
    void storesEveryEventInSubmissionOrderInBoundedBatches() {
        start(10_000, 100);
        List<CompletableFuture<Event>> futures = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            futures.add(writer.submit(event(i)));
        }
        List<Event> stored = futures.stream().map(CompletableFuture::join).toList();
        assertThat(stored).extracting(Event::message)
                .containsExactlyElementsOf(java.util.stream.IntStream.range(0, 1_000).mapToObj(i -> "event " + i)
                        .toList());
        assertThat(store.order).isSorted().hasSize(1_000);
        assertThat(store.batchSizes).allMatch(size -> size <= 100);
        await().atMost(Duration.ofSeconds(5)).until(() -> dispatched.size() == 1_000);
        assertThat(dispatched).extracting(Event::id).isSorted();
    }

    @Test
    void keepsEveryEventWhileTheDatabaseIsBrieflyUnavailable() {
        start(10_000, 50);
        store.unavailableFor = 6;
        List<CompletableFuture<Event>> futures = new ArrayList<>();
        for (int i = 0; i < 500; i++) {
            futures.add(writer.submit(event(i)));
        }
        futures.forEach(CompletableFuture::join);
        assertThat(store.rows).hasSize(500);
        assertThat(meters.counter("castellan.events.write.failures").count()).isEqualTo(6);
        assertThat(meters.counter("castellan.events.rejected").count()).isZero();
    }

    @Test
    void aCommitWhoseAnswerWasLostIsNotStoredTwice() {
        start(10_000, 20);
        store.lostCommits = 3;
        List<CompletableFuture<Event>> futures = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            futures.add(writer.submit(event(i)));
        }
        futures.forEach(CompletableFuture::join);
        assertThat(store.rows).hasSize(100);
        assertThat(store.reservations.get()).as("ids are reserved once per event, retries reuse them").isEqualTo(100);
        assertThat(store.retries.get()).as("a retried batch is inserted skipping what is stored").isEqualTo(3);
        await().atMost(Duration.ofSeconds(5)).until(() -> dispatched.size() == 100);
    }

    @Test
    void aFullBufferMakesProducersWaitAndIsCounted() throws Exception {
        store.gate = new CountDownLatch(1);
        start(10, 5);
        List<CompletableFuture<Event>> futures = new CopyOnWriteArrayList<>();
        CountDownLatch producerDone = new CountDownLatch(1);
        Thread producer = Thread.ofVirtual().start(() -> {
            for (int i = 0; i < 40; i++) {
                futures.add(writer.submit(event(i)));
            }
            producerDone.countDown();
        });
        await().atMost(Duration.ofSeconds(5))
                .until(() -> meters.counter("castellan.events.buffer.full").count() >= 1);
        assertThat(producerDone.getCount()).as("the producer waits for room").isEqualTo(1);
        assertThat(writer.buffered()).isEqualTo(10);
        store.gate.countDown();
        assertThat(producerDone.await(10, TimeUnit.SECONDS)).isTrue();
        producer.join();
        futures.forEach(CompletableFuture::join);
        assertThat(store.rows).hasSize(40);
    }

    @Test
    void anEventTheDatabaseRefusesIsDroppedAloneAndTheRestOfItsBatchIsStored() {
        store.poisonedMessage = "event 3";
        start(10_000, 10);
        List<CompletableFuture<Event>> futures = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            futures.add(writer.submit(event(i)));
        }
        await().atMost(Duration.ofSeconds(5)).until(() -> futures.stream().allMatch(CompletableFuture::isDone));
        assertThat(futures.get(3)).isCompletedExceptionally();
        assertThat(futures).filteredOn(f -> !f.isCompletedExceptionally()).hasSize(7);
        assertThat(store.rows.values()).extracting(Event::message).doesNotContain("event 3").hasSize(7);
        assertThat(meters.counter("castellan.events.rejected").count()).isEqualTo(1);
    }

    @Test
    void stopWritesWhatIsBufferedAndThenRefusesNewEvents() {
        store.gate = new CountDownLatch(1);
        start(10_000, 10);
        List<CompletableFuture<Event>> futures = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            futures.add(writer.submit(event(i)));
        }
        Thread.ofVirtual().start(() -> store.gate.countDown());
        writer.stop();
        assertThat(futures).allMatch(f -> f.isDone() && !f.isCompletedExceptionally());
        assertThat(store.rows).hasSize(200);
        org.assertj.core.api.Assertions.assertThatIllegalStateException().isThrownBy(() -> writer.submit(event(0)));
        writer = null;
    }
}
