package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

/** Endpoints and the delivery log over /api/v1/notifications. */
class EndpointApiTest extends IntegrationTest {

    HttpApi admin(Organization org) {
        return HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ADMIN), org).username(), Fixtures.PASSWORD);
    }

    Map<String, Object> mqtt(Organization org, String name) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org.id());
        body.put("kind", "MQTT");
        body.put("name", name);
        body.put("topic", "castellan/test");
        return body;
    }

    @Test
    void anEndpointIsCreatedReadChangedAndRemoved() {
        Organization org = fixtures.organization();
        HttpApi api = admin(org);
        String name = fixtures.unique("Broker");

        HttpApi.Response created = api.post("/api/v1/notifications/endpoints", mqtt(org, name));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/notifications/endpoints/" + id);
        assertThat(api.get("/api/v1/notifications/endpoints?orgId=" + org.id()).json().get(0).path("name").asString())
                .isEqualTo(name);

        Map<String, Object> change = mqtt(org, name);
        change.put("enabled", false);
        assertThat(api.put("/api/v1/notifications/endpoints/" + id, change).json().path("enabled").asBoolean()).isFalse();

        assertThat(api.delete("/api/v1/notifications/endpoints/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/notifications/endpoints/" + id).status()).isEqualTo(404);
    }

    @Test
    void aTopicWithWildcardsIsRefusedNamingTheField() {
        Organization org = fixtures.organization();
        Map<String, Object> body = mqtt(org, fixtures.unique("Broker"));
        body.put("topic", "castellan/#");

        HttpApi.Response refused = admin(org).post("/api/v1/notifications/endpoints", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("topic");
    }

    @Test
    void aTestMessageToAnEndpointShowsInTheDeliveryLogWithItsOutcome() {
        Organization org = fixtures.organization();
        HttpApi api = admin(org);
        long id = api.post("/api/v1/notifications/endpoints", Map.of("orgId", org.id(), "kind", "WEBHOOK",
                "name", fixtures.unique("Hook"), "url", "http://127.0.0.1:9/nobody-listens",
                "secret", "0123456789abcdef0123")).json().path("id").asLong();

        HttpApi.Response test = api.post("/api/v1/notifications/endpoints/" + id + "/test", Map.of());
        assertThat(test.status()).isEqualTo(202);
        long delivery = test.json().path("deliveryId").asLong();

        await().atMost(Duration.ofSeconds(15)).until(() -> api.get("/api/v1/notifications/deliveries/" + delivery)
                .json().path("status").asString().equals("RETRYING"));
        assertThat(api.get("/api/v1/notifications/deliveries?orgId=" + org.id() + "&channel=WEBHOOK").json().get(0)
                .path("lastError").asString()).contains("cannot connect to 127.0.0.1:9");
    }

    @Test
    void aDispatcherReadsDeliveriesButMayNotManageEndpoints() {
        Organization org = fixtures.organization();
        HttpApi dispatcher = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.DISPATCHER), org).username(),
                Fixtures.PASSWORD);

        assertThat(dispatcher.get("/api/v1/notifications/deliveries").status()).isEqualTo(200);
        assertThat(dispatcher.get("/api/v1/notifications/endpoints").status()).isEqualTo(403);
        assertThat(dispatcher.post("/api/v1/notifications/endpoints", mqtt(org, "x")).status()).isEqualTo(403);
    }
}
