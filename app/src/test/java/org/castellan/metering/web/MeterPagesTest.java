package org.castellan.metering.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.awaitility.Awaitility.await;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.request;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;

import org.castellan.metering.ArchiveStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterError;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlan;
import org.castellan.metering.ReadExecution;
import org.castellan.metering.ReadKind;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CsvFields;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.LiveFeed;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.RequestBuilder;

/** The meter pages, forms and CSV exports through the console's security chain. */
class MeterPagesTest extends IntegrationTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");

    @Autowired
    MeterService meters;
    @Autowired
    ArchiveStore archive;
    @Autowired
    LiveFeed feed;

    Organization org;
    Site site;
    CurrentUser engineer;
    MockHttpSession session;

    @BeforeEach
    void engineerOfAnOrganization() throws Exception {
        org = fixtures.organization();
        site = fixtures.site(org);
        User user = fixtures.user(Set.of(Role.ENGINEER), org);
        engineer = fixtures.caller(user);
        session = ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }

    @Test
    void theListShowsEachMeterWithConnectionStatusAndGapsAndFiltersBySite() throws Exception {
        Meter here = MeterTestData.meter(meters, fixtures, engineer, org, site.id());
        Meter elsewhere = MeterTestData.meter(meters, fixtures, engineer, org, null);

        String all = body(get("/meters?lang=ru"));
        String filtered = body(get("/meters?siteId=" + site.id()));

        assertThat(all).contains(here.name()).contains(elsewhere.name()).contains(here.where())
                .contains("Приборы учёта").contains(site.name()).contains("/meters/export.csv");
        assertThat(all).containsAnyOf("Ещё не опрошен", "Ошибка опроса");
        assertThat(filtered).contains(here.name()).doesNotContain(elsewhere.name());
    }

    @Test
    void theListExportsAsCsvWithBomHeaderAndARowPerMeter() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, site.id());

        MockHttpServletResponse response = response(get("/meters/export.csv?siteId=" + site.id()));
        byte[] bytes = response.getContentAsByteArray();
        List<String> lines = csvLines(bytes);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(response.getContentType()).startsWith("text/csv");
        assertThat(response.getHeader("Content-Disposition")).contains("meters.csv");
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(CsvFields.UTF8_BOM);
        assertThat(lines.get(0)).isEqualTo(String.join(",", MeterCsv.LIST_HEADER));
        assertThat(lines).hasSize(2);
        assertThat(lines.get(1)).startsWith(meter.id() + "," + meter.name() + "," + site.name() + ",\""
                + meter.where() + "\"");
    }

    @Test
    void theMeterPageShowsFactsArchiveChartsGapsJobsAndTheStatementForm() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, site.id());
        LocalDateTime last = LocalDateTime.now(MOSCOW).truncatedTo(ChronoUnit.HOURS).minusHours(1);
        archive.store(meter.id(), MeterTestData.hours(last.minusHours(9), 10,
                MeterError.bits(Set.of(MeterError.DELTA_T_BELOW_MIN))));
        meters.readNow(engineer, meter.id(), ReadKind.MONTHLY);

        String page = body(get("/meters/" + meter.id() + "?lang=en"));

        assertThat(page).contains(meter.name()).contains("K-17").contains("ООО Потребитель").contains(meter.where());
        assertThat(page).contains("data-test=\"archive-table\"").contains("1013.50025").contains("5018.0005")
                .contains("DELTA_T_BELOW_MIN").contains("79.00");
        assertThat(page).as("the hourly temperatures and flows are drawn").contains("class=\"series-t1\"")
                .contains("class=\"series-mass\"");
        assertThat(page).contains("action=\"/meters/" + meter.id() + "/statement\"").contains("name=\"month\"")
                .contains("value=\"xlsx\"").contains("name=\"language\"");
        assertThat(page).contains("/meters/" + meter.id() + "/read?what=HOURLY").contains("Read now (hourly)");
        assertThat(page).contains("data-meter-stream=\"/meters/stream?meterId=" + meter.id() + "\"");
        assertThat(page).contains("monthly archive").contains("Gaps");
    }

    @Test
    void theArchiveTableShowsAHundredRecordsAPageNewestFirst() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, null);
        LocalDateTime first = LocalDateTime.now(MOSCOW).truncatedTo(ChronoUnit.HOURS).minusHours(150);
        archive.store(meter.id(), MeterTestData.hours(first, 120, 0));

        String newest = body(get("/meters/" + meter.id() + "/archive?interval=HOURLY"));
        String older = body(get("/meters/" + meter.id() + "/archive?interval=HOURLY&page=1"));

        assertThat(rows(newest, "data-period=")).isEqualTo(100);
        assertThat(newest).startsWith("<div id=\"archive\"").contains("data-period=\"" + first.plusHours(119) + "\"")
                .doesNotContain("data-period=\"" + first.plusHours(19) + "\"").contains("page=1");
        assertThat(rows(older, "data-period=")).isEqualTo(20);
        assertThat(older).contains("data-period=\"" + first + "\"");
    }

    @Test
    void theArchiveExportsAsCsvWithExactValues() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, null);
        LocalDateTime first = LocalDateTime.of(2026, 10, 1, 0, 0);
        archive.store(meter.id(), MeterTestData.hours(first, 3, MeterError.bits(Set.of(MeterError.POWER_OFF))));

        MockHttpServletResponse response = response(get("/meters/" + meter.id() + "/archive.csv?interval=HOURLY"
                + "&from=2026-10-01T01:00&to=2026-10-01T02:00"));
        byte[] bytes = response.getContentAsByteArray();
        List<String> lines = csvLines(bytes);

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(CsvFields.UTF8_BOM);
        assertThat(lines.get(0)).isEqualTo("period_start,written_at,q1_mwh,m1_t,v1_m3,t1_c,t2_c,errors");
        assertThat(lines.subList(1, lines.size())).containsExactly(
                "2026-10-01T01:00,2026-10-01T02:00,1001.50025,5002.0005,5102.0500,71.0,50.0,POWER_OFF",
                "2026-10-01T02:00,2026-10-01T03:00,1003.00025,5004.0005,5104.1000,72.0,50.0,POWER_OFF");
    }

    @Test
    void aReadNowFromThePageQueuesTheReadAndTheQueueShowsIt() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, null);
        Organization other = fixtures.organization();
        CurrentUser stranger = fixtures.caller(fixtures.user(Set.of(Role.ENGINEER), other));
        Meter theirs = MeterTestData.meter(meters, fixtures, stranger, other, null);

        mvc.perform(post("/meters/" + meter.id() + "/read").param("what", "DAILY").session(session).with(csrf()))
                .andExpect(status().is3xxRedirection());
        String queue = body(get("/meters/queue"));

        assertThat(meters.jobs(engineer, meter.id(), 10)).anyMatch(j -> j.what() == ReadKind.DAILY
                && engineer.username().equals(j.requestedBy()));
        assertThat(queue).contains(meter.name()).doesNotContain(theirs.name());
    }

    @Test
    void theMeterFormRegistersWithLimitsAndShowsProblemsNextToTheirFields() throws Exception {
        Meter first = MeterTestData.meter(meters, fixtures, engineer, org, null);
        String name = fixtures.unique("Узел ");

        MockHttpServletResponse taken = response(post("/meters/new").with(csrf()).param("orgId", "" + org.id())
                .param("name", name).param("connection", "TCP").param("host", first.host()).param("port", "4001")
                .param("address", "1").param("timeZone", "Europe/Moscow").param("limit-1-tMin", "abc"));
        MockHttpServletResponse saved = response(post("/meters/new").with(csrf()).param("orgId", "" + org.id())
                .param("name", name).param("connection", "TCP").param("host", fixtures.unique("h") + ".invalid")
                .param("port", "4001").param("address", "1").param("timeZone", "Europe/Moscow")
                .param("nextVerification", "2027-03-01").param("limit-1-tMin", "60").param("limit-1-tMax", "95,5"));

        assertThat(taken.getStatus()).isEqualTo(400);
        assertThat(taken.getContentAsString()).contains("must be a number");
        MockHttpServletResponse noLimitProblem = response(post("/meters/new").with(csrf())
                .param("orgId", "" + org.id()).param("name", name).param("connection", "TCP")
                .param("host", first.host()).param("port", "4001").param("address", "1"));
        assertThat(noLimitProblem.getStatus()).isEqualTo(400);
        assertThat(noLimitProblem.getContentAsString()).contains("Address 1 is taken");
        assertThat(saved.getStatus()).isEqualTo(302);
        Meter created = meters.meters(engineer, org.id(), null).stream().filter(m -> m.name().equals(name))
                .findFirst().orElseThrow();
        assertThat(created.nextVerification()).hasToString("2027-03-01");
        assertThat(created.limits()).containsKey("1");
        assertThat(((java.util.Map<?, ?>) created.limits().get("1")).get("tMax").toString()).isEqualTo("95.5");
        assertThat(body(get("/meters/" + created.id() + "/edit"))).contains("value=\"95.5\"")
                .contains("value=\"2027-03-01\"");
    }

    @Test
    void plansAreEditedWithShortDurationsAndListTheirMeters() throws Exception {
        String name = fixtures.unique("План ");

        MockHttpServletResponse saved = response(post("/meters/plans/new").with(csrf())
                .param("orgId", "" + org.id()).param("name", name).param("currentEvery", "15m")
                .param("hourlyEvery", "1h").param("hourlyDepth", "48").param("windowStart", "22:00")
                .param("windowEnd", "06:00").param("maxAttempts", "4").param("retryAfter", "5m")
                .param("_wakeFirst", "on")); // the unchecked box: only the marker th:field writes
        assertThat(saved.getStatus()).isEqualTo(302);
        PollPlan plan = meters.plans(engineer).stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
        Meter meter = meters.register(engineer, withPlan(MeterTestData.form(fixtures, org, null, fixtures.unique("M")),
                plan.id()));
        MockHttpServletResponse wrong = response(post("/meters/plans/new").with(csrf())
                .param("orgId", "" + org.id()).param("name", name).param("currentEvery", "often")
                .param("_wakeFirst", "on"));

        assertThat(saved.getStatus()).isEqualTo(302);
        assertThat(plan.currentEvery()).isEqualTo(Duration.ofMinutes(15));
        assertThat(plan.windowStart()).hasToString("22:00");
        assertThat(plan.retryAfter()).isEqualTo(Duration.ofMinutes(5));
        assertThat(wrong.getStatus()).isEqualTo(400);
        assertThat(wrong.getContentAsString()).contains("field-error");
        String plans = body(get("/meters/plans"));
        assertThat(plans).contains(name).contains("15m").contains("22:00–06:00").contains(meter.name());
        assertThat(body(get("/meters/plans/" + plan.id() + "/edit"))).contains("value=\"15m\"")
                .contains("value=\"5m\"");
    }

    @Test
    void theNavigationOffersMetersToDispatchersButNotToTimekeepers() throws Exception {
        MockHttpSession dispatcher = ConsoleSession.login(mvc,
                fixtures.user(Set.of(Role.DISPATCHER), org).username(), Fixtures.PASSWORD);
        MockHttpSession timekeeper = ConsoleSession.login(mvc,
                fixtures.user(Set.of(Role.TIMEKEEPER), org).username(), Fixtures.PASSWORD);

        assertThat(page(get("/alarms"), dispatcher)).contains("data-nav=\"/meters\"");
        assertThat(page(get("/alarms"), timekeeper)).doesNotContain("data-nav=\"/meters\"")
                .doesNotContain("data-nav=\"/metering\"");
    }

    @Test
    void theMeterStreamCarriesTheProgressOfThatMeterOnly() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, null);
        Meter neighbour = MeterTestData.meter(meters, fixtures, engineer, org, null);

        MvcResult result = mvc.perform(get("/meters/stream").param("meterId", "" + meter.id()).session(session))
                .andExpect(request().asyncStarted()).andReturn();
        MockHttpServletResponse stream = result.getResponse();
        try {
            await().atMost(Duration.ofSeconds(10)).until(() -> stream.getContentAsString().contains(":connected"));
            // the neighbour's first: were it delivered, it would arrive before this meter's on the same stream
            feed.publish(ReadExecution.TOPIC, org.id(), progress(990_001L, neighbour.id()));
            feed.publish(ReadExecution.TOPIC, org.id(), progress(990_002L, meter.id()));

            await().atMost(Duration.ofSeconds(10)).until(() -> stream.getContentAsString().contains("990002"));
            assertThat(stream.getContentAsString()).doesNotContain("990001").contains("event:metering");
        } finally {
            result.getRequest().getAsyncContext().complete(); // the stream ends: the feed forgets the subscriber
        }
        assertThat(response(get("/meters/stream").param("meterId", "" + theirMeter().id())).getStatus())
                .isEqualTo(404);
    }

    @Test
    void everyPageHasEveryTextInEveryLanguage() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, site.id());
        archive.store(meter.id(), MeterTestData.hours(LocalDateTime.now(MOSCOW).truncatedTo(ChronoUnit.HOURS)
                .minusHours(3), 2, MeterError.bits(Set.of(MeterError.POWER_OFF))));
        List<String> pages = List.of("/meters", "/meters/" + meter.id(), "/meters/" + meter.id() + "?interval=DAILY",
                "/meters/new", "/meters/" + meter.id() + "/edit", "/meters/plans", "/meters/plans/new",
                "/meters/queue");

        for (String language : List.of("en", "ru", "zh")) {
            body(get("/meters").param("lang", language));
            for (String path : pages) {
                assertThat(body(get(path))).as("%s in %s", path, language).doesNotContain("??");
            }
        }
        assertThat(body(get("/meters/" + meter.id()).param("lang", "ru"))).contains("Опросить сейчас (часовой архив)")
                .contains("Пропуски");
        assertThat(body(get("/meters/" + meter.id()).param("lang", "zh"))).contains("小时归档").contains("缺失");
    }

    @Test
    void aDispatcherSeesAndReadsMetersButDoesNotChangeThem() throws Exception {
        Meter meter = MeterTestData.meter(meters, fixtures, engineer, org, null);
        MockHttpSession dispatcher = ConsoleSession.login(mvc,
                fixtures.user(Set.of(Role.DISPATCHER), org).username(), Fixtures.PASSWORD);

        String page = page(get("/meters/" + meter.id()), dispatcher);
        int form = mvc.perform(get("/meters/new").session(dispatcher)).andReturn().getResponse().getStatus();
        int delete = mvc.perform(post("/meters/" + meter.id() + "/delete").session(dispatcher).with(csrf()))
                .andReturn().getResponse().getStatus();
        int read = mvc.perform(post("/meters/" + meter.id() + "/read").param("what", "CURRENT")
                .header("HX-Request", "true").session(dispatcher).with(csrf())).andReturn().getResponse().getStatus();

        assertThat(page).contains("data-test=\"read-hourly\"").doesNotContain("data-test=\"edit\"")
                .doesNotContain("data-test=\"delete\"");
        assertThat(form).isEqualTo(403);
        assertThat(delete).isEqualTo(403);
        assertThat(read).isEqualTo(200);
        assertThat(meters.meter(engineer, meter.id())).isNotNull();
        assertThat(meters.jobs(engineer, meter.id(), 10)).anyMatch(j -> j.what() == ReadKind.CURRENT);
    }

    private Meter theirMeter() {
        Organization other = fixtures.organization();
        return MeterTestData.meter(meters, fixtures, fixtures.caller(fixtures.user(Set.of(Role.ENGINEER), other)),
                other, null);
    }

    private static java.util.Map<String, Object> progress(long jobId, long meterId) {
        return java.util.Map.of("jobId", jobId, "meterId", meterId, "what", "HOURLY", "state", "RUNNING", "done", 1,
                "total", 24, "records", 1);
    }

    private static org.castellan.metering.MeterForm withPlan(org.castellan.metering.MeterForm f, long planId) {
        return new org.castellan.metering.MeterForm(f.orgId(), f.siteId(), f.zoneId(), f.name(), f.connection(),
                f.modemId(), f.host(), f.port(), f.serialPort(), f.baudRate(), f.address(), f.timeZone(), planId,
                f.consumer(), f.contractNumber(), f.addressText(), f.heatSupplier(), f.nextVerification(),
                f.reportingDay(), f.statementSystem(), f.returnSystem(), f.limits());
    }

    private static int rows(String html, String marker) {
        return html.split(marker, -1).length - 1;
    }

    private static List<String> csvLines(byte[] bytes) {
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        return List.of(text.split("\r\n"));
    }

    private String body(RequestBuilder request) throws Exception {
        return page(request, session);
    }

    private String page(RequestBuilder request, MockHttpSession as) throws Exception {
        MockHttpServletResponse response = mvc.perform(withSession(request, as)).andReturn().getResponse();
        assertThat(response.getStatus()).as(response.getContentAsString()).isEqualTo(200);
        return response.getContentAsString(StandardCharsets.UTF_8);
    }

    private MockHttpServletResponse response(RequestBuilder request) throws Exception {
        return mvc.perform(withSession(request, session)).andReturn().getResponse();
    }

    private static RequestBuilder withSession(RequestBuilder request, MockHttpSession session) {
        return ((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request).session(session);
    }
}
