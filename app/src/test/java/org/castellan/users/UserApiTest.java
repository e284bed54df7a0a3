package org.castellan.users;

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

class UserApiTest extends IntegrationTest {

    @Test
    void dispatcherIsForbiddenToListOrCreateUsersAndToCreateOrganizations() {
        Organization org = fixtures.organization();
        HttpApi dispatcher = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.DISPATCHER), org).username(),
                Fixtures.PASSWORD);
        String username = fixtures.unique("u");

        HttpApi.Response list = dispatcher.get("/api/v1/users");
        HttpApi.Response createUser = dispatcher.post("/api/v1/users", form(username, org, true));
        HttpApi.Response createOrg = dispatcher.post("/api/v1/orgs", Map.of("name", fixtures.unique("O"),
                "code", fixtures.unique("C"), "timeZone", "UTC"));

        assertThat(list.status()).isEqualTo(403);
        assertThat(createUser.status()).isEqualTo(403);
        assertThat(createOrg.status()).isEqualTo(403);
        assertThat(createOrg.header("Content-Type")).startsWith("application/problem+json");
        assertThat(admin().get("/api/v1/users").body()).doesNotContain(username);
    }

    @Test
    void answersNeverContainPasswordHashes() {
        Organization org = fixtures.organization();
        HttpApi.Response created = admin().post("/api/v1/users", form(fixtures.unique("u"), org, true));

        String everything = created.body() + admin().get("/api/v1/users").body()
                + admin().get("/api/v1/users/" + created.json().path("id").asLong()).body();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(everything).doesNotContainIgnoringCase("password").doesNotContain("$argon2");
    }

    @Test
    void createdUserIsAnsweredWith201AndItsLocation() {
        Organization org = fixtures.organization();
        String username = fixtures.unique("u");

        HttpApi.Response created = admin().post("/api/v1/users", form(username, org, true));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        JsonNode user = created.json();
        assertThat(created.header("Location")).isEqualTo(baseUrl() + "/api/v1/users/" + user.path("id").asLong());
        assertThat(user.path("username").asString()).isEqualTo(username);
        assertThat(user.path("roles").valueStream().map(JsonNode::asString)).containsExactly("VIEWER");
        assertThat(HttpApi.basic(baseUrl(), username, "first-password-1").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void userDisabledWithPutCanNoLongerAuthenticate() {
        Organization org = fixtures.organization();
        User user = fixtures.user(Set.of(Role.VIEWER), org);
        Map<String, Object> form = form(user.username(), org, false);
        form.put("password", "");

        HttpApi.Response updated = admin().put("/api/v1/users/" + user.id(), form);

        assertThat(updated.status()).as(updated.body()).isEqualTo(200);
        assertThat(updated.json().path("enabled").asBoolean()).isFalse();
        assertThat(HttpApi.basic(baseUrl(), user.username(), Fixtures.PASSWORD).get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void scopedAdministratorDoesNotSeeUsersOfOtherOrganizations() {
        Organization mine = fixtures.organization();
        Organization other = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), mine);
        User colleague = fixtures.user(Set.of(Role.VIEWER), mine);
        User stranger = fixtures.user(Set.of(Role.VIEWER), other);
        HttpApi scoped = HttpApi.basic(baseUrl(), admin.username(), Fixtures.PASSWORD);

        String list = scoped.get("/api/v1/users").body();

        assertThat(list).contains(colleague.username()).doesNotContain(stranger.username());
        assertThat(scoped.get("/api/v1/users/" + stranger.id()).status()).isEqualTo(404);
    }

    @Test
    void missingFlagIsRejectedNamingTheField() {
        Organization org = fixtures.organization();
        Map<String, Object> form = form(fixtures.unique("u"), org, true);
        form.remove("enabled");

        HttpApi.Response response = admin().post("/api/v1/users", form);

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("enabled");
    }

    private HttpApi admin() {
        return HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    private static Map<String, Object> form(String username, Organization org, boolean enabled) {
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("username", username);
        form.put("displayName", "Пётр Иванов");
        form.put("password", "first-password-1");
        form.put("roles", List.of("VIEWER"));
        form.put("orgIds", List.of(org.id()));
        form.put("allOrgs", false);
        form.put("locale", "ru");
        form.put("timeZone", "Europe/Moscow");
        form.put("enabled", enabled);
        return form;
    }
}
