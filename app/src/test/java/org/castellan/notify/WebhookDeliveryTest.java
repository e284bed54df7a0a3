package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks reach a real HTTP receiver (the JDK's server on loopback) signed with the endpoint's secret; a receiver
 * that answers 500 makes the delivery RETRYING and, after the last attempt, FAILED with the status as the reason.
 */
class WebhookDeliveryTest extends IntegrationTest {
    static final String SECRET = "s3cret-key-of-the-receiver-0123";

    record Received(Map<String, String> headers, byte[] body) {
    }

    @Autowired
    Outbox outbox;
    @Autowired
    DeliveryService deliveries;
    @Autowired
    EndpointService endpoints;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    NotifyProperties properties;

    final List<Received> received = new CopyOnWriteArrayList<>();
    volatile int answer = 204;
    HttpServer receiver;
    Organization org;

    @BeforeEach
    void receiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", exchange -> {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(Map.of(
                    "timestamp", exchange.getRequestHeaders().getFirst("X-Castellan-Timestamp"),
                    "signature", exchange.getRequestHeaders().getFirst("X-Castellan-Signature"),
                    "delivery", exchange.getRequestHeaders().getFirst("X-Castellan-Delivery"),
                    "type", exchange.getRequestHeaders().getFirst("Content-Type")), body));
            byte[] reply = answer == 500 ? "database is down, try later".getBytes(StandardCharsets.UTF_8) : new byte[0];
            exchange.sendResponseHeaders(answer, reply.length == 0 ? -1 : reply.length);
            exchange.getResponseBody().write(reply);
            exchange.close();
        });
        receiver.start();
        org = fixtures.organization();
    }

    @AfterEach
    void stop() {
        receiver.stop(0);
    }

    Endpoint webhook() {
        return endpoints.create(CurrentUser.system(), new EndpointForm(org.id(), ChannelKind.WEBHOOK,
                fixtures.unique("Hook"), "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook", null,
                SECRET, true));
    }

    long send(Endpoint endpoint) {
        return outbox.enqueue(new Message(org.id(), ChannelKind.WEBHOOK, endpoint.address(), null, "Авария 警报",
                "Насос остановлен", Map.of("alarmType", "pump.stopped", "severity", "MAJOR"), 42L, 7L, null));
    }

    Delivery delivery(long id) {
        return deliveries.delivery(CurrentUser.system(), id);
    }

    static String hmac(String secret, String text) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void aWebhookIsSignedWithHmacSha256OfTimestampDotBodyUnderTheEndpointSecret() throws Exception {
        long id = send(webhook());

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        Received hook = received.get(0);
        String body = new String(hook.body(), StandardCharsets.UTF_8);
        assertThat(hook.headers().get("signature")).isEqualTo("sha256=" + hmac(SECRET, hook.headers().get("timestamp") + "." + body));
        assertThat(Long.parseLong(hook.headers().get("timestamp")))
                .isCloseTo(Instant.now().getEpochSecond(), within(60L));
        assertThat(hook.headers().get("delivery")).isEqualTo(Long.toString(id));
        assertThat(hook.headers().get("type")).startsWith("application/json");
        JsonNode json = HttpApi.JSON.readTree(body);
        assertThat(json.path("subject").asString()).isEqualTo("Авария 警报");
        assertThat(json.path("body").asString()).isEqualTo("Насос остановлен");
        assertThat(json.path("payload").path("alarmType").asString()).isEqualTo("pump.stopped");
        assertThat(json.path("deliveryId").asLong()).isEqualTo(id);
        assertThat(json.path("orgId").asLong()).isEqualTo(org.id());
        await().atMost(Duration.ofSeconds(5)).until(() -> delivery(id).status() == DeliveryStatus.SENT);
    }

    @Test
    void aPayloadWithNullValuesIsSentAsJsonNulls() throws Exception {
        Map<String, Object> payload = new java.util.HashMap<>();
        payload.put("alarmType", "door.forced");
        payload.put("deviceId", null); // an alarm raised at a site has no device
        long id = outbox.enqueue(new Message(org.id(), ChannelKind.WEBHOOK, webhook().address(), null, "Дверь",
                "Дверь взломана", payload, 43L, 8L, null));

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(delivery(id).status())
                .as("%s", delivery(id)).isEqualTo(DeliveryStatus.SENT));
        assertThat(received).singleElement().satisfies(r -> assertThat(new String(r.body(), StandardCharsets.UTF_8))
                .contains("\"deviceId\":null"));
    }

    @Test
    void aSignatureWithAnotherSecretDoesNotMatch() throws Exception {
        send(webhook());

        await().atMost(Duration.ofSeconds(10)).until(() -> received.size() == 1);
        Received hook = received.get(0);
        String signed = hook.headers().get("timestamp") + "." + new String(hook.body(), StandardCharsets.UTF_8);
        assertThat(hook.headers().get("signature")).isNotEqualTo("sha256=" + hmac(SECRET + "x", signed));
    }

    @Test
    void aReceiverAnswering500MakesTheDeliveryRetryAndFinallyFailWithTheStatusAndAnswer() {
        answer = 500;
        long id = send(webhook());

        await().atMost(Duration.ofSeconds(10)).until(() -> delivery(id).status() == DeliveryStatus.RETRYING);
        Delivery retrying = delivery(id);
        assertThat(retrying.attempts()).isEqualTo(1);
        assertThat(retrying.lastError()).isEqualTo("HTTP 500: database is down, try later");
        assertThat(retrying.nextAttemptAt()).isAfter(retrying.queuedAt());

        // the pauses are minutes long: step through the remaining attempts at the times they are due
        Instant at = retrying.nextAttemptAt();
        for (int attempt = 2; attempt <= properties.attempts(); attempt++) {
            assertThat(worker.attempt(id, at.minusSeconds(1))).as("not due before its time").isFalse();
            assertThat(worker.attempt(id, at)).isTrue();
            Delivery after = delivery(id);
            assertThat(after.attempts()).isEqualTo(attempt);
            at = after.nextAttemptAt();
        }

        Delivery failed = delivery(id);
        assertThat(failed.status()).isEqualTo(DeliveryStatus.FAILED);
        assertThat(failed.lastError()).isEqualTo("HTTP 500: database is down, try later");
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(received).hasSize(properties.attempts());
        assertThat(received).extracting(r -> r.headers().get("delivery")).containsOnly(Long.toString(id));
    }

    @Test
    void aFailedDeliveryRetriedByAPersonIsSentAgain() {
        answer = 500;
        long id = send(webhook());
        await().atMost(Duration.ofSeconds(10)).until(() -> delivery(id).status() == DeliveryStatus.RETRYING);
        Instant at = delivery(id).nextAttemptAt();
        for (int attempt = 2; attempt <= properties.attempts(); attempt++) {
            worker.attempt(id, at);
            at = delivery(id).nextAttemptAt();
        }
        assertThat(delivery(id).status()).isEqualTo(DeliveryStatus.FAILED);
        answer = 204;

        deliveries.retry(CurrentUser.system(), id);

        await().atMost(Duration.ofSeconds(10)).until(() -> delivery(id).status() == DeliveryStatus.SENT);
    }

    @Test
    void aDisabledEndpointFailsAtOnceWithoutRetries() {
        Endpoint hook = webhook();
        endpoints.update(CurrentUser.system(), hook.id(), new EndpointForm(org.id(), ChannelKind.WEBHOOK,
                hook.name(), hook.url(), null, "", false));
        long id = send(hook);

        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(delivery(id).status())
                .as("%s", delivery(id)).isEqualTo(DeliveryStatus.FAILED));
        assertThat(delivery(id).lastError()).isEqualTo("endpoint " + hook.name() + " is disabled");
        assertThat(delivery(id).attempts()).isEqualTo(1);
        assertThat(received).isEmpty();
    }
}
