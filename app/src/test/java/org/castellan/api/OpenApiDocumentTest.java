package org.castellan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OpenApiDocumentTest extends IntegrationTest {
    /** Every endpoint of /api/v1 with its methods. */
    private static final Map<String, List<String>> ENDPOINTS = Map.ofEntries(
            Map.entry("/api/v1/orgs", List.of("get", "post")),
            Map.entry("/api/v1/orgs/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/orgs/{id}/sites", List.of("get", "post")),
            Map.entry("/api/v1/sites/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/sites/{id}/zones", List.of("get", "post")),
            Map.entry("/api/v1/zones/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/users", List.of("get", "post")),
            Map.entry("/api/v1/users/{id}", List.of("get", "put")),
            Map.entry("/api/v1/users/{id}/tokens", List.of("get")),
            Map.entry("/api/v1/tokens", List.of("get", "post")),
            Map.entry("/api/v1/tokens/{id}", List.of("get", "delete")),
            Map.entry("/api/v1/devices", List.of("get", "post")),
            Map.entry("/api/v1/devices/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/events", List.of("get")),
            Map.entry("/api/v1/events/stream", List.of("get")),
            Map.entry("/api/v1/events/export", List.of("get")),
            Map.entry("/api/v1/audit", List.of("get")),
            Map.entry("/api/v1/modems", List.of("get", "post")),
            Map.entry("/api/v1/modems/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/modems/{id}/sessions", List.of("get")),
            Map.entry("/api/v1/meters/{id}/statement", List.of("get")),
            Map.entry("/api/v1/modems/{id}/commands", List.of("get", "post")),
            Map.entry("/api/v1/modems/{id}/commands/{commandId}", List.of("get")),
            Map.entry("/api/v1/modems/{id}/wake", List.of("post")),
            Map.entry("/api/v1/modems/import", List.of("post")),
            Map.entry("/api/v1/modems/export", List.of("get")),
            Map.entry("/api/v1/notifications/deliveries", List.of("get")),
            Map.entry("/api/v1/notifications/deliveries/{id}", List.of("get")),
            Map.entry("/api/v1/notifications/deliveries/{id}/retry", List.of("post")),
            Map.entry("/api/v1/notifications/endpoints", List.of("get", "post")),
            Map.entry("/api/v1/notifications/endpoints/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/notifications/endpoints/{id}/test", List.of("post")),
            Map.entry("/api/v1/notifications/rules", List.of("get", "post")),
            Map.entry("/api/v1/notifications/rules/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/alarms", List.of("get", "post")),
            Map.entry("/api/v1/alarms/{id}", List.of("get")),
            Map.entry("/api/v1/alarms/{id}/acknowledge", List.of("post")),
            Map.entry("/api/v1/alarms/{id}/comments", List.of("get", "post")),
            Map.entry("/api/v1/alarms/{id}/assign", List.of("post")),
            Map.entry("/api/v1/alarms/{id}/clear", List.of("post")),
            Map.entry("/api/v1/duty/shifts", List.of("get", "post")),
            Map.entry("/api/v1/duty/shifts/{id}", List.of("get")),
            Map.entry("/api/v1/duty/shifts/{id}/close", List.of("post")),
            Map.entry("/api/v1/duty/shifts/{id}/entries", List.of("get", "post")),
            Map.entry("/api/v1/duty/shifts/{id}/situation", List.of("get")),
            Map.entry("/api/v1/duty/shifts/{id}/handover", List.of("post")),
            Map.entry("/api/v1/duty/handovers", List.of("get")),
            Map.entry("/api/v1/duty/handovers/{id}", List.of("get")),
            Map.entry("/api/v1/duty/handovers/{id}/accept", List.of("post")),
            Map.entry("/api/v1/duty/handovers/{id}/cancel", List.of("post")),
            Map.entry("/api/v1/meters", List.of("get", "post")),
            Map.entry("/api/v1/meters/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/meters/{id}/archive", List.of("get")),
            Map.entry("/api/v1/meters/{id}/current", List.of("get")),
            Map.entry("/api/v1/meters/{id}/gaps", List.of("get")),
            Map.entry("/api/v1/meters/{id}/reads", List.of("get", "post")),
            Map.entry("/api/v1/meters/reads/{jobId}", List.of("get")),
            Map.entry("/api/v1/meter-plans", List.of("get", "post")),
            Map.entry("/api/v1/meter-plans/{id}", List.of("get", "put", "delete")),
            Map.entry("/api/v1/me", List.of("get")));

    JsonNode document;

    @BeforeEach
    void fetchAnonymously() {
        HttpApi.Response response = HttpApi.anonymous(baseUrl()).get("/api/v1/openapi");
        assertThat(response.status()).isEqualTo(200);
        document = response.json();
    }

    @Test
    void documentListsEveryEndpointWithASummary() {
        assertThat(document.path("openapi").asString()).startsWith("3.");
        assertThat(document.path("info").path("title").asString()).isEqualTo("Castellan API");
        assertThat(document.path("paths").propertyNames()).containsExactlyInAnyOrderElementsOf(ENDPOINTS.keySet());
        ENDPOINTS.forEach((path, methods) -> {
            JsonNode item = document.path("paths").path(path);
            assertThat(item.propertyNames()).as(path).containsExactlyInAnyOrderElementsOf(methods);
            methods.forEach(m -> assertThat(item.path(m).path("summary").asString()).as(m + " " + path).isNotBlank());
        });
    }

    @Test
    void documentDeclaresBasicAndBearerSchemesForEveryOperation() {
        JsonNode schemes = document.path("components").path("securitySchemes");

        assertThat(schemes.path("basicAuth").path("scheme").asString()).isEqualTo("basic");
        assertThat(schemes.path("bearerAuth").path("scheme").asString()).isEqualTo("bearer");
        assertThat(schemes.path("bearerAuth").path("bearerFormat").asString()).startsWith("cst_");
        assertThat(document.path("security").valueStream().flatMap(r -> r.propertyNames().stream()))
                .containsExactlyInAnyOrder("basicAuth", "bearerAuth");
    }

    @Test
    void callerIsNotADocumentedParameter() {
        assertThat(parameters("/api/v1/orgs", "get")).isEmpty();
        assertThat(parameters("/api/v1/me", "get")).isEmpty();
        assertThat(parameters("/api/v1/orgs/{id}", "put")).containsExactly("id");
        assertThat(parameters("/api/v1/devices", "get")).containsExactlyInAnyOrder("orgId", "siteId", "kind", "state", "q");
    }

    private List<String> parameters(String path, String method) {
        return document.path("paths").path(path).path(method).path("parameters").valueStream()
                .map(p -> p.path("name").asString()).toList();
    }

    @Test
    void answersNeverDescribeAPasswordHash() {
        assertThat(document.path("components").path("schemas").path("User").path("properties").propertyNames())
                .contains("username", "roles", "orgIds").noneMatch(p -> p.toLowerCase().contains("password"));
    }
}
