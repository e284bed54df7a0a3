package org.castellan.metering;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.MeterRegistry;
import org.castellan.notify.NotifyProperties;
import org.castellan.platform.Json;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * New archive records to MQTT when the MQTT channel is configured ({@code castellan.notify.mqtt.url}): one topic per
 * meter, {@code <castellan.metering.mqtt-topic>/<meter id>} (default prefix {@code castellan/meters}), one JSON
 * document per record at QoS 1 — the meter, the interval and period, each system's integrators as exact decimal
 * strings with their error names, temperatures and pressures.
 *
 * <p>The store is the record of truth; MQTT is a feed. Records wait in a bounded queue (10,000) for a publisher
 * thread, so a slow or absent broker never slows reading; while the broker is unreachable they are retried for a
 * minute, then dropped and counted ({@code castellan.metering.mqtt.dropped}).
 */
@Component
public class ArchivePublisher implements MeterReadListener, SmartLifecycle {
    private static final Logger LOG = System.getLogger(ArchivePublisher.class.getName());
    private static final int CAPACITY = 10_000;

    private final NotifyProperties.Mqtt settings;
    private final String prefix;
    private final BlockingQueue<Message> queue = new ArrayBlockingQueue<>(CAPACITY);
    private final AtomicLong published = new AtomicLong();
    private final AtomicLong dropped = new AtomicLong();
    private volatile boolean running;
    private Thread thread;
    private MqttClient client;

    private record Message(String topic, byte[] payload, Instant queuedAt) {
    }

    ArchivePublisher(NotifyProperties notify, @Value("${castellan.metering.mqtt-topic:castellan/meters}") String prefix,
                     MeterRegistry registry) {
        this.settings = notify.mqtt();
        this.prefix = prefix.endsWith("/") ? prefix.substring(0, prefix.length() - 1) : prefix;
        FunctionCounter.builder("castellan.metering.mqtt.published", published, AtomicLong::get).register(registry);
        FunctionCounter.builder("castellan.metering.mqtt.dropped", dropped, AtomicLong::get).register(registry);
    }

    /** Records waiting for the broker. */
    public int pending() {
        return queue.size();
    }

    /** The topic of a meter's records. */
    public String topic(long meterId) {
        return prefix + "/" + meterId;
    }

    @Override
    public void archiveStored(Meter meter, ArchiveInterval interval, List<ArchiveEntry> stored, Instant at) {
        if (!settings.configured()) {
            return;
        }
        for (ArchiveEntry entry : stored) {
            byte[] payload = Json.write(document(meter, entry)).getBytes(StandardCharsets.UTF_8);
            if (!queue.offer(new Message(topic(meter.id()), payload, at))) {
                dropped.incrementAndGet();
            }
        }
    }

    /** The JSON document of one record. */
    static Map<String, Object> document(Meter meter, ArchiveEntry entry) {
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("meterId", meter.id());
        doc.put("deviceId", meter.deviceId());
        doc.put("name", meter.name());
        doc.put("serialNumber", meter.serialNumber());
        doc.put("interval", entry.interval().name());
        doc.put("periodStart", entry.periodStart().toString());
        doc.put("writtenAt", entry.writtenAt().toString());
        doc.put("timeZone", meter.timeZone().getId());
        List<Map<String, Object>> systems = new ArrayList<>();
        for (SystemEntry s : entry.systems()) {
            Map<String, Object> system = new LinkedHashMap<>();
            system.put("number", s.number());
            system.put("energyMWh", s.energy().value().toPlainString());
            system.put("massT", s.mass().value().toPlainString());
            system.put("volumeM3", s.volume().value().toPlainString());
            system.put("operatingS", s.operating());
            system.put("errors", MeterError.of(s.errorBits()).stream().map(Enum::name).toList());
            systems.add(system);
        }
        doc.put("systems", systems);
        doc.put("temperatures", entry.temperatures());
        doc.put("pressures", entry.pressures());
        return doc;
    }

    @Override
    public synchronized void start() {
        running = true;
        if (settings.configured()) {
            thread = Thread.ofVirtual().name("meter-mqtt").start(this::run);
        }
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
        disconnect();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void run() {
        while (running) {
            Message message;
            try {
                message = queue.poll(1, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                return;
            }
            if (message == null) {
                continue;
            }
            while (running) {
                try {
                    MqttMessage mqtt = new MqttMessage(message.payload());
                    mqtt.setQos(1);
                    connected().publish(message.topic(), mqtt);
                    published.incrementAndGet();
                    break;
                } catch (MqttException e) {
                    if (Instant.now().isAfter(message.queuedAt().plusSeconds(60))) {
                        dropped.incrementAndGet();
                        LOG.log(Level.WARNING, "MQTT broker " + settings.url() + ": " + e.getMessage()
                                + "; an archive record for " + message.topic() + " was not published");
                        break;
                    }
                    try {
                        Thread.sleep(1000);
                    } catch (InterruptedException interrupted) {
                        return;
                    }
                }
            }
        }
    }

    private synchronized MqttClient connected() throws MqttException {
        if (client == null) {
            client = new MqttClient(settings.url(), settings.clientId() + "-metering", new MemoryPersistence());
            client.setTimeToWait(10_000);
        }
        if (!client.isConnected()) {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            options.setCleanSession(true);
            options.setConnectionTimeout(10);
            if (settings.username() != null && !settings.username().isBlank()) {
                options.setUserName(settings.username());
                options.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
            }
            client.connect(options);
        }
        return client;
    }

    private synchronized void disconnect() {
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect(1000);
                }
                client.close();
            } catch (MqttException e) {
                LOG.log(Level.DEBUG, "MQTT close", e);
            }
            client = null;
        }
    }
}
