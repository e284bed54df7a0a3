package org.castellan.devices;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

class DeviceApiTest extends IntegrationTest {
    @Autowired
    EventJournal journal;

    Organization org;
    Site site;
    HttpApi engineer;

    @BeforeEach
    void engineerOfAnOrganization() {
        org = fixtures.organization();
        site = fixtures.site(org);
        engineer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), org).username(), Fixtures.PASSWORD);
    }

    @Test
    void engineerRegistersChangesAndRemovesADevice() {
        HttpApi.Response created = engineer.post("/api/v1/devices", Map.of("orgId", org.id(), "siteId", site.id(),
                "kind", "HEAT_METER", "name", "ТЭМ-106 №1", "identifier", "106-0001",
                "connection", Map.of("address", "1", "baud", "9600")));
        long id = created.json().path("id").asLong();
        HttpApi.Response changed = engineer.put("/api/v1/devices/" + id, Map.of("orgId", org.id(), "siteId", site.id(),
                "kind", "HEAT_METER", "name", "ТЭМ-106 №1", "identifier", "106-0001",
                "connection", Map.of("address", "2")));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).isEqualTo(baseUrl() + "/api/v1/devices/" + id);
        assertThat(created.json().path("state").asString()).isEqualTo("UNKNOWN");
        assertThat(changed.json().path("connection").path("address").asString()).isEqualTo("2");
        assertThat(changed.json().path("connection").has("baud")).isFalse();
        assertThat(engineer.delete("/api/v1/devices/" + id).status()).isEqualTo(204);
        assertThat(engineer.get("/api/v1/devices/" + id).status()).isEqualTo(404);
    }

    @Test
    void viewerMayReadDevicesButNotRegisterThem() {
        HttpApi viewer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.VIEWER), org).username(), Fixtures.PASSWORD);

        HttpApi.Response refused = viewer.post("/api/v1/devices", Map.of("orgId", org.id(), "kind", "READER",
                "name", "R", "identifier", "R-1"));

        assertThat(refused.status()).isEqualTo(403);
        assertThat(viewer.get("/api/v1/devices").status()).isEqualTo(200);
    }

    @Test
    void duplicateIdentifierIsRejectedWithAFieldError() {
        Map<String, Object> form = Map.of("orgId", org.id(), "kind", "MODEM", "name", "ATM", "identifier", "IMEI-DUP");
        assertThat(engineer.post("/api/v1/devices", form).status()).isEqualTo(201);

        HttpApi.Response duplicate = engineer.post("/api/v1/devices", form);

        assertThat(duplicate.status()).isEqualTo(400);
        assertThat(duplicate.json().path("errors").get(0).path("field").asString()).isEqualTo("identifier");
    }

    @Test
    void unknownKindIsRejectedNamingTheField() {
        HttpApi.Response response = engineer.post("/api/v1/devices", Map.of("orgId", org.id(), "kind", "TOASTER",
                "name", "T", "identifier", "T-1"));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().path("errors").get(0).path("field").asString()).isEqualTo("kind");
        assertThat(ids("/api/v1/devices?orgId=" + org.id())).isEmpty();
    }

    @Test
    void devicesAreFilteredByKindSiteAndText() {
        long meter = engineer.post("/api/v1/devices", Map.of("orgId", org.id(), "siteId", site.id(), "kind", "HEAT_METER",
                "name", "Meter north", "identifier", "M-1")).json().path("id").asLong();
        long modem = engineer.post("/api/v1/devices", Map.of("orgId", org.id(), "kind", "MODEM",
                "name", "Modem south", "identifier", "IMEI-1")).json().path("id").asLong();

        assertThat(ids("/api/v1/devices?orgId=" + org.id() + "&kind=HEAT_METER")).containsExactly(meter);
        assertThat(ids("/api/v1/devices?siteId=" + site.id())).containsExactly(meter);
        assertThat(ids("/api/v1/devices?orgId=" + org.id() + "&q=south")).containsExactly(modem);
        assertThat(ids("/api/v1/devices?orgId=" + org.id() + "&state=UNKNOWN")).containsExactlyInAnyOrder(meter, modem);
        assertThat(ids("/api/v1/devices?orgId=" + org.id() + "&state=ONLINE")).isEmpty();
        assertThat(engineer.get("/api/v1/devices?state=SLEEPING").status()).isEqualTo(400);
    }

    @Test
    void eventsAreFilteredBySeverityTypeAndTime() {
        Instant t = Instant.parse("2026-02-01T10:00:00Z");
        append(t, "test.info", EventSeverity.INFO);
        append(t.plusSeconds(60), "test.major", EventSeverity.MAJOR);
        append(t.plusSeconds(120), "test.warning", EventSeverity.WARNING);
        String inOrg = "/api/v1/events?orgId=" + org.id();

        assertThat(types(inOrg)).containsExactly("test.warning", "test.major", "test.info");
        assertThat(types(inOrg + "&minSeverity=WARNING")).containsExactly("test.warning", "test.major");
        assertThat(types(inOrg + "&type=test.info")).containsExactly("test.info");
        assertThat(types(inOrg + "&from=2026-02-01T10:01:00Z&to=2026-02-01T10:02:00Z")).containsExactly("test.major");
        assertThat(types(inOrg + "&limit=1")).containsExactly("test.warning");
        assertThat(engineer.get(inOrg + "&from=yesterday").status()).isEqualTo(400);
    }

    private void append(Instant at, String type, EventSeverity severity) {
        journal.append(NewEvent.of(org.id(), at, type, severity, type).place(site.id(), null).source("test"));
    }

    private List<Long> ids(String path) {
        HttpApi.Response response = engineer.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(n -> n.path("id").asLong()).toList();
    }

    private List<String> types(String path) {
        HttpApi.Response response = engineer.get(path);
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().path("events").valueStream().map(n -> n.path("type").asString()).toList();
    }
}
