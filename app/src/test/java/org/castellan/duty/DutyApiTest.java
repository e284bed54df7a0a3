package org.castellan.duty;

import static org.assertj.core.api.Assertions.assertThat;

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

/** The duty log under /api/v1/duty. */
class DutyApiTest extends IntegrationTest {
    Organization org;
    User anna;
    User boris;
    HttpApi annaApi;
    HttpApi borisApi;

    @BeforeEach
    void twoDispatchersOfAnOrganization() {
        org = fixtures.organization();
        anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        boris = fixtures.user(Set.of(Role.DISPATCHER), org);
        annaApi = HttpApi.basic(baseUrl(), anna.username(), Fixtures.PASSWORD);
        borisApi = HttpApi.basic(baseUrl(), boris.username(), Fixtures.PASSWORD);
    }

    @Test
    void aShiftIsStartedWrittenHandedOverAndAcceptedOverTheApi() {
        HttpApi.Response started = annaApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id()));
        long shiftId = started.json().path("id").asLong();
        HttpApi.Response entry = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/entries",
                Map.of("kind", "INSPECTION", "text", "Машинный зал 23 °C"));
        HttpApi.Response confirmed = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/handover",
                Map.of("note", "Всё спокойно"));
        long handoverId = confirmed.json().path("id").asLong();
        HttpApi.Response own = annaApi.post("/api/v1/duty/handovers/" + handoverId + "/accept", Map.of());
        HttpApi.Response accepted = borisApi.post("/api/v1/duty/handovers/" + handoverId + "/accept",
                Map.of("note", "Принял"));

        assertThat(started.status()).as(started.body()).isEqualTo(201);
        assertThat(started.header("Location")).isEqualTo(baseUrl() + "/api/v1/duty/shifts/" + shiftId);
        assertThat(entry.status()).as(entry.body()).isEqualTo(201);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
        assertThat(confirmed.json().path("state").asString()).isEqualTo("CONFIRMED");
        assertThat(own.status()).isEqualTo(409);
        assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
        assertThat(accepted.json().path("state").asString()).isEqualTo("ACCEPTED");
        assertThat(accepted.json().path("acceptedNote").asString()).isEqualTo("Принял");
        assertThat(annaApi.get("/api/v1/duty/shifts/" + shiftId).json().path("state").asString())
                .isEqualTo("HANDED_OVER");
        HttpApi.Response current = borisApi.get("/api/v1/duty/shifts?orgId=" + org.id());
        assertThat(current.json()).hasSize(1);
        assertThat(current.json().get(0).path("dispatcherId").asLong()).isEqualTo(boris.id());
        assertThat(borisApi.get("/api/v1/duty/shifts?which=history&orgId=" + org.id()).json()).hasSize(2);
        assertThat(borisApi.get("/api/v1/duty/shifts/" + shiftId + "/entries").json().get(0).path("text").asString())
                .isEqualTo("Машинный зал 23 °C");
    }

    @Test
    void aSecondShiftIsAConflictWithAClearMessage() {
        annaApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id()));

        HttpApi.Response second = borisApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id()));

        assertThat(second.status()).isEqualTo(409);
        assertThat(second.body()).contains("already on duty");
    }

    @Test
    void aBlankEntryIsABadRequestNamingTheField() {
        long shiftId = annaApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id())).json().path("id").asLong();

        HttpApi.Response blank = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/entries",
                Map.of("kind", "NOTE", "text", " "));

        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.body()).contains("text");
    }

    @Test
    void aViewerIsForbiddenToStartAShift() {
        HttpApi viewer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.VIEWER), org).username(), Fixtures.PASSWORD);

        assertThat(viewer.post("/api/v1/duty/shifts", Map.of("orgId", org.id())).status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/duty/shifts?orgId=" + org.id()).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganizationsShiftsAndHandoversAreNotFound() {
        long shiftId = annaApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id())).json().path("id").asLong();
        long handoverId = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/handover", Map.of())
                .json().path("id").asLong();
        HttpApi outsider = HttpApi.basic(baseUrl(),
                fixtures.user(Set.of(Role.DISPATCHER), fixtures.organization()).username(), Fixtures.PASSWORD);

        assertThat(outsider.get("/api/v1/duty/shifts/" + shiftId).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/duty/shifts", Map.of("orgId", org.id())).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/duty/shifts/" + shiftId + "/entries",
                Map.of("kind", "NOTE", "text", "x")).status()).isEqualTo(404);
        assertThat(outsider.post("/api/v1/duty/handovers/" + handoverId + "/accept", Map.of()).status())
                .isEqualTo(404);
        assertThat(outsider.get("/api/v1/duty/handovers?orgId=" + org.id()).status()).isEqualTo(404);
    }

    @Test
    void theOutgoingDispatcherWithdrawsAHandover() {
        long shiftId = annaApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id())).json().path("id").asLong();
        long handoverId = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/handover", Map.of())
                .json().path("id").asLong();

        assertThat(borisApi.post("/api/v1/duty/handovers/" + handoverId + "/cancel", Map.of()).status())
                .isEqualTo(403);
        HttpApi.Response cancelled = annaApi.post("/api/v1/duty/handovers/" + handoverId + "/cancel", Map.of());
        assertThat(cancelled.json().path("state").asString()).isEqualTo("CANCELLED");
    }

    @Test
    void theSituationComesWithTheFingerprintAConfirmationMayCarry() {
        long shiftId = annaApi.post("/api/v1/duty/shifts", Map.of("orgId", org.id())).json().path("id").asLong();
        HttpApi.Response situation = annaApi.get("/api/v1/duty/shifts/" + shiftId + "/situation");
        String fingerprint = situation.json().path("fingerprint").asString();

        HttpApi.Response stale = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/handover", Map.of("seen", "0000"));
        HttpApi.Response confirmed = annaApi.post("/api/v1/duty/shifts/" + shiftId + "/handover",
                Map.of("seen", fingerprint));

        assertThat(situation.json().path("items")).isEmpty();
        assertThat(stale.status()).isEqualTo(409);
        assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
    }

    @Test
    void theDutyEndpointsAreInTheOpenApiDocument() {
        HttpApi.Response openapi = annaApi.get("/api/v1/openapi");

        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body()).contains("/api/v1/duty/shifts/{id}/handover").contains("/api/v1/duty/handovers/{id}/accept");
    }
}
