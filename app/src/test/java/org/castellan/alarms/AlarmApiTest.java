package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** /api/v1/alarms over real HTTP. */
class AlarmApiTest extends IntegrationTest {
    @Autowired
    AlarmService alarms;

    @Test
    void aDispatcherRaisesAcknowledgesCommentsAssignsAndClearsAnAlarm() {
        Organization org = fixtures.organization();
        User dispatcher = fixtures.user(Set.of(Role.DISPATCHER), org);
        HttpApi api = HttpApi.basic(baseUrl(), dispatcher.username(), Fixtures.PASSWORD);

        HttpApi.Response created = api.post("/api/v1/alarms", Map.of("orgId", org.id(), "severity", "CRITICAL",
                "title", "Пожар в котельной"));
        assertThat(created.status()).isEqualTo(201);
        long id = created.json().path("id").asLong();
        assertThat(created.header("Location")).endsWith("/api/v1/alarms/" + id);

        assertThat(api.post("/api/v1/alarms/" + id + "/acknowledge", "").json().path("acknowledgedBy").asLong())
                .isEqualTo(dispatcher.id());
        assertThat(api.post("/api/v1/alarms/" + id + "/comments", Map.of("text", "Бригада выехала")).status())
                .isEqualTo(201);
        assertThat(api.post("/api/v1/alarms/" + id + "/assign", Map.of("assigneeId", dispatcher.id())).json()
                .path("assigneeId").asLong()).isEqualTo(dispatcher.id());
        JsonNode cleared = api.post("/api/v1/alarms/" + id + "/clear", Map.of("reason", "Ложная тревога")).json();

        assertThat(cleared.path("clearReason").asString()).isEqualTo("Ложная тревога");
        assertThat(api.get("/api/v1/alarms").json().findValuesAsString("title")).doesNotContain("Пожар в котельной");
        assertThat(api.get("/api/v1/alarms?scope=all").json().findValuesAsString("title"))
                .contains("Пожар в котельной");
        assertThat(api.get("/api/v1/alarms/" + id + "/comments").json().get(0).path("text").asString())
                .isEqualTo("Бригада выехала");
    }

    @Test
    void aClearWithoutReasonIs400AndAClearedAlarmIs409() {
        Organization org = fixtures.organization();
        User dispatcher = fixtures.user(Set.of(Role.DISPATCHER), org);
        HttpApi api = HttpApi.basic(baseUrl(), dispatcher.username(), Fixtures.PASSWORD);
        Alarm alarm = raised(org);

        assertThat(api.post("/api/v1/alarms/" + alarm.id() + "/clear", Map.of("reason", " ")).status())
                .isEqualTo(400);
        assertThat(api.post("/api/v1/alarms/" + alarm.id() + "/clear", Map.of("reason", "ok")).status())
                .isEqualTo(200);
        assertThat(api.post("/api/v1/alarms/" + alarm.id() + "/clear", Map.of("reason", "ok")).status())
                .isEqualTo(409);
    }

    @Test
    void anotherOrganizationsAlarmIs404AndAViewerMayNotAcknowledge() {
        Organization mine = fixtures.organization();
        Alarm theirs = raised(fixtures.organization());
        Alarm own = raised(mine);
        HttpApi viewer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.VIEWER), mine).username(),
                Fixtures.PASSWORD);

        assertThat(viewer.get("/api/v1/alarms/" + theirs.id()).status()).isEqualTo(404);
        assertThat(viewer.post("/api/v1/alarms/" + theirs.id() + "/acknowledge", "").status()).isEqualTo(404);
        assertThat(viewer.get("/api/v1/alarms/" + own.id()).status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/alarms/" + own.id() + "/acknowledge", "").status()).isEqualTo(403);
    }

    @Test
    void aManualAlarmWithoutTitleIs400() {
        Organization org = fixtures.organization();
        HttpApi api = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.DISPATCHER), org).username(),
                Fixtures.PASSWORD);
        Map<String, Object> body = new HashMap<>();
        body.put("orgId", org.id());
        body.put("severity", "MAJOR");

        assertThat(api.post("/api/v1/alarms", body).status()).isEqualTo(400);
    }

    private Alarm raised(Organization org) {
        return alarms.raise(new AlarmSignal(org.id(), "test.kind", "device:1", null, null, null, AlarmSeverity.MAJOR,
                "api", Map.of(), Instant.now()));
    }
}
