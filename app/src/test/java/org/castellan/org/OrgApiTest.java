package org.castellan.org;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrgApiTest extends IntegrationTest {
    HttpApi admin;

    @BeforeEach
    void platformAdministrator() {
        admin = HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    @Test
    void createdOrganizationIsAnsweredWith201AndItsLocation() {
        String code = fixtures.unique("C");

        HttpApi.Response created = admin.post("/api/v1/orgs", Map.of("name", "Теплосеть " + code, "code", code,
                "timeZone", "Europe/Moscow"));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).isEqualTo(baseUrl() + "/api/v1/orgs/" + id);
        JsonNode fetched = admin.get("/api/v1/orgs/" + id).json();
        assertThat(fetched.path("name").asString()).isEqualTo("Теплосеть " + code);
        assertThat(fetched.path("timeZone").asString()).isEqualTo("Europe/Moscow");
    }

    @Test
    void sitesAndZonesAreCreatedChangedAndDeletedUnderTheirParents() {
        Organization org = fixtures.organization();

        HttpApi.Response site = admin.post("/api/v1/orgs/" + org.id() + "/sites",
                Map.of("name", "Boiler house", "address", "Lenina 1"));
        long siteId = site.json().path("id").asLong();
        HttpApi.Response zone = admin.post("/api/v1/sites/" + siteId + "/zones", Map.of("name", "Substation"));
        long zoneId = zone.json().path("id").asLong();
        HttpApi.Response renamed = admin.put("/api/v1/zones/" + zoneId, Map.of("name", "Substation 2", "description", "B"));

        assertThat(site.status()).isEqualTo(201);
        assertThat(site.header("Location")).endsWith("/api/v1/sites/" + siteId);
        assertThat(zone.status()).isEqualTo(201);
        assertThat(zone.json().path("orgId").asLong()).isEqualTo(org.id());
        assertThat(renamed.json().path("name").asString()).isEqualTo("Substation 2");
        assertThat(admin.get("/api/v1/sites/" + siteId + "/zones").json().size()).isEqualTo(1);
        assertThat(admin.delete("/api/v1/zones/" + zoneId).status()).isEqualTo(204);
        assertThat(admin.delete("/api/v1/sites/" + siteId).status()).isEqualTo(204);
        assertThat(admin.get("/api/v1/sites/" + siteId).status()).isEqualTo(404);
    }

    @Test
    void deletingASiteThatStillHasZonesIsAConflictAndChangesNothing() {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        fixtures.zone(site);

        HttpApi.Response refused = admin.delete("/api/v1/sites/" + site.id());

        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().path("detail").asString()).contains(site.name()).contains("1 zone");
        assertThat(admin.get("/api/v1/sites/" + site.id()).status()).isEqualTo(200);
    }

    @Test
    void blankNameIsRejectedWithAFieldError() {
        HttpApi.Response response = admin.post("/api/v1/orgs", Map.of("name", " ", "code", fixtures.unique("C"),
                "timeZone", "UTC"));

        assertInvalid(response, "name");
    }

    @Test
    void codeOutsideThePatternIsRejectedWithAFieldErrorSayingWhatIsAllowed() {
        HttpApi.Response response = admin.post("/api/v1/orgs", Map.of("name", fixtures.unique("Org"),
                "code", "with spaces", "timeZone", "UTC"));

        assertInvalid(response, "code");
        assertThat(response.json().path("errors").get(0).path("message").asString()).contains("1 to 32 letters");
    }

    @Test
    void unknownTimeZoneIsRejectedWithAFieldError() {
        HttpApi.Response response = admin.post("/api/v1/orgs", Map.of("name", fixtures.unique("Org"),
                "code", fixtures.unique("C"), "timeZone", "Mars/Olympus_Mons"));

        assertInvalid(response, "timeZone");
        assertThat(response.json().path("errors").get(0).path("message").asString()).contains("Mars/Olympus_Mons");
    }

    @Test
    void malformedJsonIsRejectedAsAProblemDocument() {
        HttpApi.Response response = admin.post("/api/v1/orgs", "{\"name\": \"unterminated");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().path("detail").asString()).startsWith("request body is not valid JSON");
    }

    @Test
    void valueOfTheWrongTypeIsRejectedNamingTheField() {
        HttpApi.Response response = admin.post("/api/v1/orgs", Map.of("name", fixtures.unique("Org"),
                "code", fixtures.unique("C"), "timeZone", Map.of("offset", 3)));

        assertInvalid(response, "timeZone");
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThat(admin.get("/api/v1/orgs/987654321").status()).isEqualTo(404);
        assertThat(admin.get("/api/v1/sites/987654321").status()).isEqualTo(404);
        assertThat(admin.delete("/api/v1/zones/987654321").status()).isEqualTo(404);
        HttpApi.Response response = admin.get("/api/v1/orgs/987654321");
        assertThat(response.json().path("detail").asString()).isEqualTo("organization 987654321 not found");
    }

    @Test
    void nonNumericIdIsABadRequest() {
        HttpApi.Response response = admin.get("/api/v1/orgs/first");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("detail").asString()).contains("'id'").contains("'first'");
    }

    private static void assertInvalid(HttpApi.Response response, String field) {
        assertThat(response.status()).as(response.body()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode errors = response.json().path("errors");
        assertThat(errors.valueStream().map(e -> e.path("field").asString())).containsExactly(field);
        assertThat(errors.get(0).path("message").asString()).isNotBlank();
    }
}
