package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.eclipse.paho.client.mqttv3.MqttClient;
import org.eclipse.paho.client.mqttv3.MqttConnectOptions;
import org.eclipse.paho.client.mqttv3.persist.MemoryPersistence;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * An MQTT delivery is published to its endpoint's topic on a real broker ({@link TestBroker}: Mosquitto when it
 * listens on 127.0.0.1:1883, else embedded Moquette; {@code -Dcastellan.test.mqtt=embedded} forces the latter) and a
 * subscriber receives the notification document. The sender is built here on the test's broker because the shared
 * application has none configured.
 */
class MqttDeliveryTest extends IntegrationTest {
    @Autowired
    EndpointService endpoints;
    @Autowired
    EndpointRepository endpointRepository;

    TestBroker broker;
    MqttClient subscriber;
    MqttSender sender;
    Organization org;
    final BlockingQueue<String> received = new ArrayBlockingQueue<>(10);

    @BeforeEach
    void brokerAndSubscriber() throws Exception {
        broker = TestBroker.start();
        org = fixtures.organization();
        subscriber = new MqttClient(broker.url(), fixtures.unique("test-subscriber"), new MemoryPersistence());
        MqttConnectOptions options = new MqttConnectOptions();
        options.setCleanSession(true);
        subscriber.connect(options);
        sender = new MqttSender(endpointRepository, properties(broker.url()), Clock.systemUTC());
    }

    @AfterEach
    void close() throws Exception {
        sender.close();
        subscriber.disconnect();
        subscriber.close();
        broker.close();
    }

    static NotifyProperties properties(String url) {
        return new NotifyProperties("castellan@localhost", 5, java.time.Duration.ofSeconds(30),
                java.time.Duration.ofMinutes(30), java.time.Duration.ofSeconds(1), java.time.Duration.ofMinutes(5),
                new NotifyProperties.Mqtt(url, null, null, "castellan-test-" + System.nanoTime()));
    }

    Outgoing outgoing(Endpoint endpoint) {
        Delivery delivery = new Delivery(991L, org.id(), ChannelKind.MQTT, endpoint.address(), null, "Тревога 警报",
                "Дверь удерживается открытой", DeliveryStatus.QUEUED, 0, null, Instant.now(), null, Instant.now(),
                5L, null, null);
        return new Outgoing(delivery, Map.of("kind", "access.door_held"));
    }

    @Test
    void aNotificationIsPublishedToTheEndpointTopicAndReachesASubscriber() throws Exception {
        String topic = "castellan/" + fixtures.unique("org") + "/alarms";
        subscriber.subscribe(topic, 1, (t, m) -> received.add(new String(m.getPayload(), StandardCharsets.UTF_8)));
        Endpoint endpoint = endpoints.create(CurrentUser.system(), new EndpointForm(org.id(), ChannelKind.MQTT,
                fixtures.unique("Broker"), null, topic, null, true));

        sender.send(outgoing(endpoint));

        String document = received.poll(10, TimeUnit.SECONDS);
        assertThat(document).as("received from " + broker.url()).isNotNull();
        JsonNode json = HttpApi.JSON.readTree(document);
        assertThat(json.path("subject").asString()).isEqualTo("Тревога 警报");
        assertThat(json.path("body").asString()).isEqualTo("Дверь удерживается открытой");
        assertThat(json.path("payload").path("kind").asString()).isEqualTo("access.door_held");
        assertThat(json.path("deliveryId").asLong()).isEqualTo(991L);
        assertThat(json.path("orgId").asLong()).isEqualTo(org.id());
    }

    @Test
    void withoutABrokerAnMqttDeliveryFailsForGood() {
        Endpoint endpoint = endpoints.create(CurrentUser.system(), new EndpointForm(org.id(), ChannelKind.MQTT,
                fixtures.unique("Broker"), null, "castellan/none", null, true));
        MqttSender unconfigured = new MqttSender(endpointRepository, properties(""), Clock.systemUTC());

        assertThatThrownBy(() -> unconfigured.send(outgoing(endpoint)))
                .isInstanceOfSatisfying(DeliveryException.class, e -> assertThat(e.permanent()).isTrue())
                .hasMessageContaining("castellan.notify.mqtt.url");
    }
}
