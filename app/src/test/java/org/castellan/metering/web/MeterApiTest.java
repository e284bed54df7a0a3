package org.castellan.metering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import org.castellan.metering.ArchiveStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterError;
import org.castellan.metering.MeterService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code /api/v1/meters…} and {@code /api/v1/meter-plans…} over real HTTP with basic authentication. */
class MeterApiTest extends IntegrationTest {
    @Autowired
    MeterService meters;
    @Autowired
    ArchiveStore archive;

    Organization org;
    Site site;
    CurrentUser engineerCaller;
    HttpApi engineer;

    @BeforeEach
    void engineerOfAnOrganization() {
        org = fixtures.organization();
        site = fixtures.site(org);
        User user = fixtures.user(Set.of(Role.ENGINEER), org);
        engineerCaller = fixtures.caller(user);
        engineer = HttpApi.basic(baseUrl(), user.username(), Fixtures.PASSWORD);
    }

    private Map<String, Object> form(String name) {
        Map<String, Object> form = new HashMap<>();
        form.put("orgId", org.id());
        form.put("siteId", site.id());
        form.put("name", name);
        form.put("connection", "TCP");
        form.put("host", fixtures.unique("meter-") + ".invalid");
        form.put("port", 4001);
        form.put("address", 3);
        form.put("timeZone", "Asia/Yekaterinburg");
        form.put("consumer", "ООО «Тепло»");
        form.put("reportingDay", 25);
        form.put("limits", Map.of("1", Map.of("tMin", 60, "tMax", 95.5)));
        return form;
    }

    @Test
    void engineerRegistersChangesListsAndRemovesAMeter() {
        HttpApi.Response created = engineer.post("/api/v1/meters", form("Котельная №1"));
        long id = created.json().path("id").asLong();
        Map<String, Object> change = form("Котельная №1, ввод 2");
        change.put("host", created.json().path("host").asString());
        change.put("reportingDay", 1);
        HttpApi.Response changed = engineer.put("/api/v1/meters/" + id, change);
        JsonNode listed = engineer.get("/api/v1/meters?siteId=" + site.id()).json();

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Location")).endsWith("/api/v1/meters/" + id);
        assertThat(created.json().path("timeZone").asString()).isEqualTo("Asia/Yekaterinburg");
        assertThat(created.json().path("limits").path("1").path("tMax").asDouble()).isEqualTo(95.5);
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("name").asString()).isEqualTo("Котельная №1, ввод 2");
        assertThat(changed.json().path("reportingDay").asInt()).isEqualTo(1);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).path("meter").path("id").asLong()).isEqualTo(id);
        assertThat(listed.get(0).path("status").asString()).isIn("NEVER_READ", "FAILING");
        assertThat(listed.get(0).path("hourlyGaps").asLong()).isZero();
        assertThat(engineer.delete("/api/v1/meters/" + id).status()).isEqualTo(204);
        assertThat(engineer.get("/api/v1/meters/" + id).status()).isEqualTo(404);
    }

    @Test
    void registrationNamesTheFieldOfAMissingModemAndOfATakenAddress() {
        Map<String, Object> noModem = form("Без модема");
        noModem.put("connection", "MODEM");
        HttpApi.Response missingModem = engineer.post("/api/v1/meters", noModem);
        Map<String, Object> first = form("Первый");
        assertThat(engineer.post("/api/v1/meters", first).status()).isEqualTo(201);
        Map<String, Object> second = form("Второй на той же линии");
        second.put("host", first.get("host"));
        HttpApi.Response taken = engineer.post("/api/v1/meters", second);
        Map<String, Object> noName = form(" ");
        HttpApi.Response blank = engineer.post("/api/v1/meters", noName);

        assertThat(missingModem.status()).isEqualTo(400);
        assertThat(missingModem.json().path("errors").get(0).path("field").asString()).isEqualTo("modemId");
        assertThat(taken.status()).isEqualTo(400);
        assertThat(taken.json().path("errors").get(0).path("field").asString()).isEqualTo("address");
        assertThat(taken.json().path("errors").get(0).path("message").asString()).contains("3");
        assertThat(blank.status()).isEqualTo(400);
        assertThat(blank.json().path("errors").get(0).path("field").asString()).isEqualTo("name");
    }

    @Test
    void anotherOrganizationsUserFindsNothing() {
        Meter meter = MeterTestData.meter(meters, fixtures, engineerCaller, org, null);
        long job = engineer.post("/api/v1/meters/" + meter.id() + "/reads", Map.of("what", "CURRENT")).json()
                .path("id").asLong();
        long plan = engineer.post("/api/v1/meter-plans", Map.of("orgId", org.id(), "name", "Часовой", "wakeFirst", false))
                .json().path("id").asLong();
        Organization other = fixtures.organization();
        HttpApi stranger = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ADMIN), other).username(),
                Fixtures.PASSWORD);

        assertThat(stranger.get("/api/v1/meters/" + meter.id()).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/meters/" + meter.id() + "/archive").status()).isEqualTo(404);
        assertThat(stranger.post("/api/v1/meters/" + meter.id() + "/reads", Map.of("what", "HOURLY")).status())
                .isEqualTo(404);
        assertThat(stranger.get("/api/v1/meters/reads/" + job).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/meter-plans/" + plan).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/meters").json().valueStream()
                .map(m -> m.path("meter").path("id").asLong())).doesNotContain(meter.id());
    }

    @Test
    void readNowIsAcceptedAndTheJobIsListed() {
        Meter meter = MeterTestData.meter(meters, fixtures, engineerCaller, org, null);
        HttpApi dispatcher = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.DISPATCHER), org).username(),
                Fixtures.PASSWORD);

        HttpApi.Response accepted = dispatcher.post("/api/v1/meters/" + meter.id() + "/reads",
                Map.of("what", "DAILY"));
        long job = accepted.json().path("id").asLong();
        JsonNode recent = dispatcher.get("/api/v1/meters/" + meter.id() + "/reads").json();
        HttpApi.Response one = dispatcher.get("/api/v1/meters/reads/" + job);
        HttpApi.Response bad = dispatcher.post("/api/v1/meters/" + meter.id() + "/reads", Map.of("what", "WEEKLY"));

        assertThat(accepted.status()).as(accepted.body()).isEqualTo(202);
        assertThat(accepted.header("Location")).endsWith("/api/v1/meters/reads/" + job);
        assertThat(accepted.json().path("what").asString()).isEqualTo("DAILY");
        assertThat(accepted.json().path("requestedBy").asString()).isNotBlank();
        assertThat(recent.valueStream().map(j -> j.path("id").asLong())).contains(job);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().path("meterId").asLong()).isEqualTo(meter.id());
        assertThat(bad.status()).isEqualTo(400);
    }

    @Test
    void theArchiveIsReturnedWithRawPartsAndExactDecimalStrings() {
        Meter meter = MeterTestData.meter(meters, fixtures, engineerCaller, org, null);
        LocalDateTime first = LocalDateTime.now(ZoneId.of("Europe/Moscow")).truncatedTo(ChronoUnit.HOURS).minusHours(5);
        archive.store(meter.id(), MeterTestData.hours(first, 3, MeterError.bits(Set.of(MeterError.POWER_OFF,
                MeterError.G1_BELOW_MIN))));

        HttpApi.Response response = engineer.get("/api/v1/meters/" + meter.id() + "/archive?interval=HOURLY&from="
                + first + "&to=" + first.plusHours(1));
        JsonNode records = response.json();

        assertThat(response.status()).as(response.body()).isEqualTo(200);
        assertThat(records).hasSize(2);
        JsonNode second = records.get(1);
        assertThat(LocalDateTime.parse(second.path("periodStart").asString())).isEqualTo(first.plusHours(1));
        JsonNode system = second.path("systems").get(0);
        assertThat(system.path("energy").path("value").isString()).isTrue();
        assertThat(system.path("energy").path("value").asString()).isEqualTo("1001.50025");
        assertThat(system.path("energy").path("integer").asLong()).isEqualTo(1_001_500L);
        assertThat(system.path("energy").path("fraction").asString()).isEqualTo("0.25");
        assertThat(system.path("energy").path("comma").asInt()).isEqualTo(3);
        assertThat(system.path("mass").path("value").asString()).isEqualTo("5002.0005");
        assertThat(system.path("errors").valueStream().map(JsonNode::asString))
                .containsExactly("G1_BELOW_MIN", "POWER_OFF");
        assertThat(second.path("temperatures").get(0).asDouble()).isEqualTo(71.0);
        assertThat(second.path("temperatures").get(2).isNull()).as("NaN is null").isTrue();
        assertThat(engineer.get("/api/v1/meters/" + meter.id() + "/archive?interval=HOURLY&from="
                + first.plusHours(2) + "&to=" + first).status()).isEqualTo(400);
        assertThat(engineer.get("/api/v1/meters/" + meter.id() + "/current").status()).isEqualTo(204);
    }

    @Test
    void plansAreCreatedChangedAndRemoved() {
        HttpApi.Response created = engineer.post("/api/v1/meter-plans", Map.of("orgId", org.id(), "name", "Ночной",
                "hourlyEvery", "PT1H", "hourlyDepth", 48, "windowStart", "22:00", "windowEnd", "06:00", "wakeFirst", true));
        long id = created.json().path("id").asLong();
        HttpApi.Response halfWindow = engineer.post("/api/v1/meter-plans", Map.of("orgId", org.id(), "name", "Плохой",
                "windowStart", "22:00", "wakeFirst", false));
        HttpApi.Response changed = engineer.put("/api/v1/meter-plans/" + id, Map.of("orgId", org.id(),
                "name", "Ночной", "hourlyEvery", "PT2H", "hourlyDepth", 72, "wakeFirst", false));

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("hourlyDepth").asInt()).isEqualTo(48);
        assertThat(created.json().path("wakeFirst").asBoolean()).isTrue();
        assertThat(halfWindow.status()).isEqualTo(400);
        assertThat(halfWindow.json().path("errors").get(0).path("field").asString()).isEqualTo("windowEnd");
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(meters.plan(engineerCaller, id).hourlyEvery()).isEqualTo(java.time.Duration.ofHours(2));
        assertThat(engineer.get("/api/v1/meter-plans").json().valueStream().map(p -> p.path("id").asLong()))
                .contains(id);
        assertThat(engineer.delete("/api/v1/meter-plans/" + id).status()).isEqualTo(204);
        assertThat(engineer.get("/api/v1/meter-plans/" + id).status()).isEqualTo(404);
    }
}
