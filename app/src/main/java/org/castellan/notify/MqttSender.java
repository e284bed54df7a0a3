package org.castellan.notify;

import java.time.Clock;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.MqttException;
import org.eclipse.paho.client.mqttv3.MqttMessage;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.springframework.stereotype.Component;

/**
 * MQTT: publishes the {@link NotificationDocument} to the endpoint's topic at QoS 1 on the broker of
 * {@code castellan.notify.mqtt.url} (Eclipse Paho, MQTT 3.1.1). Connects at the first message and reconnects on
 * its own after the broker went away; a message while disconnected fails this attempt and is retried by the worker.
 * Without a configured broker every MQTT delivery fails at once.
 *
 * <p><b>Lifecycle:</b> disconnects when the application stops. <b>Threading:</b> thread-safe (the client is shared;
 * connecting is serialized).
 */
@Component
class MqttSender implements ChannelSender, AutoCloseable {
    private static final int WAIT_MS = (int) WebhookSender.TIMEOUT.toMillis();

    private final EndpointRepository endpoints;
    private final NotifyProperties.Mqtt settings;
    private final Clock clock;
    private MqttClient client;

    MqttSender(EndpointRepository endpoints, NotifyProperties properties, Clock clock) {
        this.endpoints = endpoints;
        this.settings = properties.mqtt();
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.MQTT;
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryException {
        EndpointRepository.Target target = NotificationDocument.endpoint(endpoints, outgoing.delivery());
        MqttMessage message = new MqttMessage(NotificationDocument.of(outgoing, clock.instant()));
        message.setQos(1);
        try {
            connected().publish(target.topic(), message);
        } catch (MqttException e) {
            throw DeliveryException.retry("MQTT broker " + settings.url() + ": " + e.getMessage());
        }
    }

    private synchronized MqttClient connected() throws DeliveryException, MqttException {
        if (!settings.configured()) {
            throw DeliveryException.permanent("no MQTT broker is configured (castellan.notify.mqtt.url)");
        }
        if (client == null) {
            client = new MqttClient(settings.url(), settings.clientId(), new MemoryPersistence());
            client.setTimeToWait(WAIT_MS);
        }
        if (!client.isConnected()) {
            MqttConnectOptions options = new MqttConnectOptions();
            options.setAutomaticReconnect(true);
            options.setCleanSession(true);
            options.setConnectionTimeout(WAIT_MS / 1000);
            if (settings.username() != null && !settings.username().isBlank()) {
                options.setUserName(settings.username());
                options.setPassword(settings.password() == null ? new char[0] : settings.password().toCharArray());
            }
            client.connect(options);
        }
        return client;
    }

    @Override
    public synchronized void close() {
        if (client != null) {
            try {
                if (client.isConnected()) {
                    client.disconnect(1000);
                }
                client.close();
            } catch (MqttException e) {
                System.getLogger(MqttSender.class.getName()).log(System.Logger.Level.DEBUG, "MQTT close", e);
            }
            client = null;
        }
    }
}
