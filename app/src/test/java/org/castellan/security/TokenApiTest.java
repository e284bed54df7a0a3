package org.castellan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class TokenApiTest extends IntegrationTest {
    Organization org;
    User user;
    HttpApi withPassword;

    @BeforeEach
    void userWithPassword() {
        org = fixtures.organization();
        user = fixtures.user(Set.of(Role.ENGINEER), org);
        withPassword = HttpApi.basic(baseUrl(), user.username(), Fixtures.PASSWORD);
    }

    @Test
    void issuedTokenAuthenticatesAsItsOwner() {
        HttpApi.Response issued = withPassword.post("/api/v1/tokens", Map.of("name", "ci"));

        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        long id = issued.json().path("token").path("id").asLong();
        assertThat(issued.header("Location")).isEqualTo(baseUrl() + "/api/v1/tokens/" + id);
        HttpApi.Response me = HttpApi.bearer(baseUrl(), secret(issued)).get("/api/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().path("username").asString()).isEqualTo(user.username());
        assertThat(me.json().path("channel").asString()).isEqualTo("API");
    }

    @Test
    void secretIsInTheIssueAnswerOnly() {
        HttpApi.Response issued = withPassword.post("/api/v1/tokens", Map.of("name", "ci"));
        String secret = secret(issued);
        long id = issued.json().path("token").path("id").asLong();

        assertThat(secret).startsWith("cst_");
        assertThat(withPassword.get("/api/v1/tokens").body()).contains("\"name\":\"ci\"").doesNotContain(secret);
        assertThat(withPassword.get("/api/v1/tokens/" + id).body()).doesNotContain(secret);
        assertThat(issued.json().path("token").path("prefix").asString()).isEqualTo(secret.substring(0, 10));
    }

    @Test
    void revokedTokenIsAnswered401() {
        HttpApi.Response issued = withPassword.post("/api/v1/tokens", Map.of("name", "ci"));
        HttpApi bearer = HttpApi.bearer(baseUrl(), secret(issued));
        long id = issued.json().path("token").path("id").asLong();

        HttpApi.Response revoked = bearer.delete("/api/v1/tokens/" + id);

        assertThat(revoked.status()).isEqualTo(200);
        assertThat(revoked.json().path("revokedAt").isNull()).isFalse();
        HttpApi.Response after = bearer.get("/api/v1/me");
        assertThat(after.status()).isEqualTo(401);
        assertThat(after.json().path("detail").asString()).contains("revoked");
    }

    @Test
    void tokenIssuedForNDaysExpiresNDaysAfterIssue() {
        HttpApi.Response issued = withPassword.post("/api/v1/tokens", Map.of("name", "week", "validDays", 7));
        JsonNode token = issued.json().path("token");
        Instant created = Instant.parse(token.path("createdAt").asString());
        Instant expires = Instant.parse(token.path("expiresAt").asString());

        assertThat(Duration.between(created, expires)).isBetween(Duration.ofDays(7).minusMinutes(1),
                Duration.ofDays(7).plusMinutes(1));
        ApiToken asListed = new ApiToken(token.path("id").asLong(), user.id(), "week", "", created, expires, null, null);
        assertThat(asListed.activeAt(expires.minusSeconds(1))).isTrue();
        assertThat(asListed.activeAt(expires)).isFalse();
    }

    @Test
    void tokenLifetimeOutOfRangeIsRejected() {
        HttpApi.Response response = withPassword.post("/api/v1/tokens", Map.of("name", "forever", "validDays", 0));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("validDays");
    }

    @Test
    void tokenOfADisabledUserIsAnswered401() {
        String secret = secret(withPassword.post("/api/v1/tokens", Map.of("name", "ci")));
        HttpApi bearer = HttpApi.bearer(baseUrl(), secret);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(200);

        HttpApi.Response disabled = admin().put("/api/v1/users/" + user.id(), disabledForm());

        assertThat(disabled.status()).as(disabled.body()).isEqualTo(200);
        assertThat(bearer.get("/api/v1/me").status()).isEqualTo(401);
    }

    @Test
    void unknownTokenIsAnswered401() {
        assertThat(HttpApi.bearer(baseUrl(), "cst_" + "x".repeat(43)).get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void wrongBasicPasswordIsAnswered401() {
        HttpApi.Response response = HttpApi.basic(baseUrl(), user.username(), "wrong-password").get("/api/v1/me");

        assertThat(response.status()).isEqualTo(401);
        assertThat(response.header("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void anonymousCallIsAnswered401() {
        assertThat(HttpApi.anonymous(baseUrl()).get("/api/v1/orgs").status()).isEqualTo(401);
    }

    @Test
    void anotherUsersTokenIsNotFoundToANonAdministrator() {
        long othersToken = withPassword.post("/api/v1/tokens", Map.of("name", "ci")).json().path("token").path("id").asLong();
        HttpApi colleague = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), org).username(),
                Fixtures.PASSWORD);

        assertThat(colleague.delete("/api/v1/tokens/" + othersToken).status()).isEqualTo(404);
        assertThat(colleague.get("/api/v1/tokens/" + othersToken).status()).isEqualTo(404);
        assertThat(colleague.get("/api/v1/users/" + user.id() + "/tokens").status()).isEqualTo(403);
        assertThat(withPassword.get("/api/v1/tokens/" + othersToken).json().path("revokedAt").isNull()).isTrue();
    }

    @Test
    void administratorListsAndRevokesTheTokensOfAUserTheyAdminister() {
        String secret = secret(withPassword.post("/api/v1/tokens", Map.of("name", "laptop")));
        HttpApi orgAdmin = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ADMIN), org).username(), Fixtures.PASSWORD);

        JsonNode tokens = orgAdmin.get("/api/v1/users/" + user.id() + "/tokens").json();
        long id = tokens.get(0).path("id").asLong();

        assertThat(tokens.valueStream().map(t -> t.path("name").asString())).containsExactly("laptop");
        assertThat(orgAdmin.delete("/api/v1/tokens/" + id).status()).isEqualTo(200);
        assertThat(HttpApi.bearer(baseUrl(), secret).get("/api/v1/me").status()).isEqualTo(401);
    }

    private Map<String, Object> disabledForm() {
        Map<String, Object> form = new HashMap<>();
        form.put("username", user.username());
        form.put("displayName", user.displayName());
        form.put("password", "");
        form.put("roles", user.roles());
        form.put("orgIds", user.orgIds());
        form.put("allOrgs", false);
        form.put("locale", user.locale());
        form.put("timeZone", user.timeZone());
        form.put("enabled", false);
        return form;
    }

    private HttpApi admin() {
        return HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    private static String secret(HttpApi.Response issued) {
        assertThat(issued.status()).as(issued.body()).isEqualTo(201);
        return issued.json().path("secret").asString();
    }
}
