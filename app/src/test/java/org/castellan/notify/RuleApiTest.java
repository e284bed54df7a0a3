package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.audit.AuditEntry;
import org.castellan.audit.AuditFilter;
import org.castellan.audit.AuditLog;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** {@code /api/v1/notifications/rules}: CRUD for administrators, audited, scoped to their organizations. */
class RuleApiTest extends RuleTestBase {
    @Autowired
    AuditLog audit;

    @Test
    void anAdministratorCreatesReadsChangesAndDeletesARuleWithEscalationSteps() {
        RuleScenario s = scenario();
        User admin = s.person(Set.of(Role.ADMIN));
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        HttpApi api = HttpApi.basic(baseUrl(), admin.username(), Fixtures.PASSWORD);
        Map<String, Object> body = body(s, dispatcher);

        HttpApi.Response created = api.post("/api/v1/notifications/rules", body);
        long id = created.json().path("id").asLong();
        body.put("name", "Night shift");
        body.put("reminderMinutes", 20);
        HttpApi.Response changed = api.put("/api/v1/notifications/rules/" + id, body);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(baseUrl() + "/api/v1/notifications/rules/" + id);
        assertThat(created.json().path("steps").get(0).path("stepNo").asInt()).isEqualTo(1);
        assertThat(created.json().path("quietHours").path("zone").asString()).isEqualTo("Europe/Moscow");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("Night shift");
        NotificationRule stored = service.rule(CurrentUser.system(), id);
        assertThat(stored.reminderEvery()).hasMinutes(20);
        assertThat(stored.steps()).singleElement().satisfies(step -> assertThat(step.after()).hasMinutes(10));
        assertThat(api.get("/api/v1/notifications/rules?orgId=" + s.org.id()).json().size()).isEqualTo(1);
        assertThat(api.delete("/api/v1/notifications/rules/" + id).status()).isEqualTo(204);
        assertThat(api.get("/api/v1/notifications/rules/" + id).status()).isEqualTo(404);
        List<AuditEntry> entries = audit.search(CurrentUser.system(),
                new AuditFilter(s.org.id(), null, "notification_rule", String.valueOf(id), null, null, 10));
        assertThat(entries).extracting(e -> e.action().name()).containsExactly("DELETE", "UPDATE", "CREATE");
    }

    @Test
    void aRuleThatBreaksARuleIsA400NamingTheField() {
        RuleScenario s = scenario();
        User admin = s.person(Set.of(Role.ADMIN));
        Map<String, Object> body = body(s, s.person(Set.of(Role.DISPATCHER)));
        body.put("channels", List.of());

        HttpApi.Response refused = HttpApi.basic(baseUrl(), admin.username(), Fixtures.PASSWORD)
                .post("/api/v1/notifications/rules", body);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.json().path("errors").get(0).path("field").asString()).isEqualTo("channels");
    }

    @Test
    void aDispatcherIsRefusedAndAnotherOrganizationsAdministratorFindsNothing() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        NotificationRule rule = s.rule(s.form(NotificationRule.Subject.ALARMS).users(dispatcher).build());
        User stranger = fixtures.user(Set.of(Role.ADMIN), fixtures.organization());

        assertThat(HttpApi.basic(baseUrl(), dispatcher.username(), Fixtures.PASSWORD)
                .get("/api/v1/notifications/rules").status()).isEqualTo(403);
        HttpApi other = HttpApi.basic(baseUrl(), stranger.username(), Fixtures.PASSWORD);
        assertThat(other.get("/api/v1/notifications/rules/" + rule.id()).status()).isEqualTo(404);
        assertThat(other.delete("/api/v1/notifications/rules/" + rule.id()).status()).isEqualTo(404);
    }

    private static Map<String, Object> body(RuleScenario s, User dispatcher) {
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", s.org.id());
        body.put("name", "Boiler houses");
        body.put("enabled", true);
        body.put("subject", "ALARMS");
        body.put("kinds", List.of("device.offline", "meter.*"));
        body.put("minSeverity", "MAJOR");
        body.put("channels", List.of("EMAIL", "SMS"));
        body.put("userIds", List.of(dispatcher.id()));
        body.put("roles", List.of("DISPATCHER"));
        body.put("quietFrom", "22:00");
        body.put("quietTo", "07:00");
        body.put("quietZone", "Europe/Moscow");
        body.put("graceSeconds", 60);
        body.put("steps", List.of(Map.of("afterMinutes", 10, "roles", List.of("ADMIN"))));
        return body;
    }
}
