package org.castellan.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class AuditApiTest extends IntegrationTest {

    @Test
    void everyChangeThroughTheApiIsAuditedWithChannelApi() {
        Organization org = fixtures.organization();
        String username = fixtures.user(Set.of(Role.ADMIN, Role.ENGINEER), org).username();
        HttpApi api = HttpApi.basic(baseUrl(), username, Fixtures.PASSWORD);

        long site = created(api.post("/api/v1/orgs/" + org.id() + "/sites", Map.of("name", "S")));
        ok(api.put("/api/v1/sites/" + site, Map.of("name", "S2")));
        long zone = created(api.post("/api/v1/sites/" + site + "/zones", Map.of("name", "Z")));
        ok(api.put("/api/v1/zones/" + zone, Map.of("name", "Z2")));
        long device = created(api.post("/api/v1/devices", Map.of("orgId", org.id(), "kind", "MODEM", "name", "M",
                "identifier", fixtures.unique("IMEI"))));
        ok(api.put("/api/v1/devices/" + device, Map.of("orgId", org.id(), "kind", "MODEM", "name", "M2",
                "identifier", fixtures.unique("IMEI"))));
        long user = created(api.post("/api/v1/users", user(fixtures.unique("u"), org)));
        long token = api.post("/api/v1/tokens", Map.of("name", "t")).json().path("token").path("id").asLong();
        ok(api.delete("/api/v1/tokens/" + token));
        ok(api.put("/api/v1/orgs/" + org.id(), Map.of("name", org.name() + " (renamed)", "code", org.code(),
                "timeZone", "UTC")));
        ok(api.delete("/api/v1/devices/" + device));
        ok(api.delete("/api/v1/zones/" + zone));
        ok(api.delete("/api/v1/sites/" + site));

        JsonNode entries = admin().get("/api/v1/audit?actor=" + username + "&limit=100").json();

        assertThat(entries.valueStream().map(e -> e.path("channel").asString())).containsOnly("API");
        assertThat(entries.valueStream().map(e -> e.path("entityType").asString() + " " + e.path("entityId").asString()
                + " " + e.path("action").asString())).containsExactlyInAnyOrder(
                "site " + site + " CREATE", "site " + site + " UPDATE", "zone " + zone + " CREATE",
                "zone " + zone + " UPDATE", "device " + device + " CREATE", "device " + device + " UPDATE",
                "user " + user + " CREATE", "api_token " + token + " CREATE", "api_token " + token + " UPDATE",
                "organization " + org.id() + " UPDATE", "device " + device + " DELETE", "zone " + zone + " DELETE",
                "site " + site + " DELETE");
    }

    @Test
    void entriesCarryBeforeAndAfterAsJson() {
        Organization org = fixtures.organization();
        HttpApi admin = admin();
        admin.put("/api/v1/orgs/" + org.id(), Map.of("name", org.name(), "code", org.code(), "timeZone", "Asia/Omsk"));

        JsonNode entry = admin.get("/api/v1/audit?entityType=organization&entityId=" + org.id() + "&limit=1").json().get(0);

        assertThat(entry.path("action").asString()).isEqualTo("UPDATE");
        assertThat(entry.path("actorName").asString()).isEqualTo("admin");
        assertThat(entry.path("before").path("timeZone").asString()).isEqualTo("Europe/Moscow");
        assertThat(entry.path("after").path("timeZone").asString()).isEqualTo("Asia/Omsk");
    }

    @Test
    void auditLogIsForAdministratorsOnly() {
        Organization org = fixtures.organization();
        HttpApi dispatcher = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.DISPATCHER), org).username(),
                Fixtures.PASSWORD);

        assertThat(dispatcher.get("/api/v1/audit").status()).isEqualTo(403);
    }

    @Test
    void scopedAdministratorSeesOnlyTheirOrganizationsEntries() {
        Organization mine = fixtures.organization();
        Organization other = fixtures.organization();
        HttpApi scoped = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ADMIN), mine).username(), Fixtures.PASSWORD);

        JsonNode entries = scoped.get("/api/v1/audit?entityType=organization&limit=1000").json();

        assertThat(entries.valueStream().map(e -> e.path("orgId").asLong())).contains(mine.id()).doesNotContain(other.id());
    }

    private HttpApi admin() {
        return HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    private static long created(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(201);
        return response.json().path("id").asLong();
    }

    private static void ok(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isIn(200, 204);
    }

    private static Map<String, Object> user(String username, Organization org) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "U");
        form.put("password", "long-enough-1");
        form.put("roles", List.of("VIEWER"));
        form.put("orgIds", List.of(org.id()));
        form.put("allOrgs", false);
        form.put("locale", "en");
        form.put("timeZone", "UTC");
        form.put("enabled", true);
        return form;
    }
}
