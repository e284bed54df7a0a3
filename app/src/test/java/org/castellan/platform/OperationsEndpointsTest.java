package org.castellan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

/** What a monitoring system and a load balancer call. */
class OperationsEndpointsTest extends IntegrationTest {

    @Test
    void prometheusMetricsNeedAuthentication() {
        HttpApi.Response response = HttpApi.anonymous(baseUrl()).get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.body()).doesNotContain("jvm_memory_used_bytes");
    }

    @Test
    void prometheusMetricsAreServedToAnAdministrator() {
        HttpApi.Response response = HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD).get("/actuator/prometheus");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.header("Content-Type")).startsWith("text/plain");
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }

    @Test
    void healthIsPublic() {
        HttpApi.Response response = HttpApi.anonymous(baseUrl()).get("/actuator/health");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().path("status").asString()).isEqualTo("UP");
    }
}
