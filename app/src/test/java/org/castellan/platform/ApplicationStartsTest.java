package org.castellan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;

class ApplicationStartsTest extends IntegrationTest {
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void healthIsPublicAndUp() throws Exception {
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/actuator/health")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"status\":\"UP\"");
    }

    @Test
    void firstStartAdministratorLogsInWithConfiguredPassword() throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + ADMIN_PASSWORD).getBytes(StandardCharsets.UTF_8));
        var response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("\"username\":\"admin\"").contains("\"allOrgs\":true");
    }
}
