package org.castellan.metering;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.castellan.notify.NotifyProperties;
import org.castellan.notify.TestBroker;
import org.castellan.platform.Json;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.Test;

/**
 * New archive records reach an MQTT subscriber of the meter's topic as JSON with exact decimals, on a real broker
 * ({@link TestBroker}); without a configured broker nothing is queued.
 */
class ArchivePublisherTest {

    static Meter meter(long id) {
        return new Meter(id, 500 + id, 1, null, null, "Котельная № 3", Tem106Driver.MAKE, MeterConnection.TCP, null,
                "127.0.0.1", 4001, null, 9600, 1, "tcp:127.0.0.1:4001", ZoneId.of("Europe/Moscow"), null, "106001",
                "TEMC106", List.of(), Instant.now(), null, null, null, null, null, 1, 1, null, Map.of(), 0L, null,
                null, null, Instant.now());
    }

    static ArchiveEntry entry(LocalDateTime start, String energy, int errorBits) {
        Counter e = new Counter(new BigDecimal(energy).movePointRight(3).longValue(), 0.25f, 4, 3,
                new BigDecimal(energy).add(new BigDecimal("0.00025")));
        Counter m = new Counter(1000, 0f, 3, 1, new BigDecimal("100.0"));
        return new ArchiveEntry(ArchiveInterval.HOURLY, start, start.plusHours(1),
                List.of(new SystemEntry(1, e, m, m, 3600, 0, 0, 0, 0, errorBits)), List.of(70.5f, 45.25f),
                List.of(0.6f, 0.3f), null, 7200, new byte[] {1, 2, 3});
    }

    @Test
    void aStoredRecordIsPublishedToItsMetersTopic() throws Exception {
        try (TestBroker broker = TestBroker.start()) {
            String topic = "castellan-test/meters-" + System.nanoTime();
            ArchivePublisher publisher = new ArchivePublisher(properties(broker.url()), topic + "/",
                    new SimpleMeterRegistry());
            MqttClient subscriber = new MqttClient(broker.url(), "sub-" + System.nanoTime(), new MemoryPersistence());
            subscriber.connect(new MqttConnectOptions());
            BlockingQueue<String> received = new ArrayBlockingQueue<>(10);
            subscriber.subscribe(topic + "/42", 1, (t, m) -> received.add(new String(m.getPayload(),
                    StandardCharsets.UTF_8)));
            publisher.start();
            try {
                LocalDateTime start = LocalDateTime.of(2026, 11, 20, 9, 0);
                publisher.archiveStored(meter(42), ArchiveInterval.HOURLY, List.of(entry(start, "1234.567", 0b10001)),
                        Instant.now());
                String json = received.poll(20, TimeUnit.SECONDS);
                assertThat(json).isNotNull();
                Map<String, Object> doc = Json.readMap(json);
                assertThat(doc).containsEntry("meterId", 42).containsEntry("interval", "HOURLY")
                        .containsEntry("periodStart", "2026-11-20T09:00").containsEntry("name", "Котельная № 3");
                @SuppressWarnings("unchecked")
                Map<String, Object> system = ((List<Map<String, Object>>) doc.get("systems")).getFirst();
                assertThat(system).containsEntry("energyMWh", "1234.56725")
                        .containsEntry("errors", List.of("G1_BELOW_MIN", "DELTA_T_BELOW_MIN"));
            } finally {
                publisher.stop();
                subscriber.disconnect();
                subscriber.close();
            }
        }
    }

    @Test
    void withoutABrokerNothingIsQueued() {
        ArchivePublisher publisher = new ArchivePublisher(properties(""), "castellan/meters",
                new SimpleMeterRegistry());
        publisher.start();
        publisher.archiveStored(meter(1), ArchiveInterval.HOURLY, List.of(entry(LocalDateTime.now(), "1.000", 0)),
                Instant.now());
        assertThat(publisher.topic(1)).isEqualTo("castellan/meters/1");
        assertThat(publisher.pending()).isZero();
        publisher.stop();
    }

    static NotifyProperties properties(String url) {
        return new NotifyProperties("castellan@localhost", 5, Duration.ofSeconds(30), Duration.ofMinutes(30),
                Duration.ofSeconds(1), Duration.ofMinutes(5), new NotifyProperties.Mqtt(url, null, null,
                "castellan-test-" + System.nanoTime()));
    }
}
