package org.castellan.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The event search page, its CSV export and the API's pages, filters and cursor. */
class EventPagesTest extends IntegrationTest {
    private static final Instant T0 = Instant.parse("2026-04-01T09:00:00Z");

    @Autowired
    EventJournal journal;

    Organization org;
    Site site;
    String user;

    @BeforeEach
    void events() {
        org = fixtures.organization();
        site = fixtures.site(org);
        user = fixtures.user(Set.of(Role.DISPATCHER), org).username();
        for (int i = 0; i < 150; i++) {
            journal.submit(NewEvent.of(org.id(), T0.plusSeconds(i), "test.page", EventSeverity.INFO, "row " + i)
                    .place(site.id(), null));
        }
        journal.submit(NewEvent.of(org.id(), T0.plusSeconds(200), "access.denied", EventSeverity.CRITICAL,
                "=HYPERLINK(\"x\") Петров, проход 2").place(site.id(), null)).join();
    }

    @Test
    void theApiPagesWithItsCursorUntilTheLastPage() {
        HttpApi api = HttpApi.basic(baseUrl(), user, Fixtures.PASSWORD);
        HttpApi.Response first = api.get("/api/v1/events?orgId=" + org.id() + "&type=test.page&limit=100");
        assertThat(first.status()).isEqualTo(200);
        assertThat(first.json().path("events").size()).isEqualTo(100);
        String next = first.json().path("next").asString();
        HttpApi.Response second = api.get("/api/v1/events?orgId=" + org.id() + "&type=test.page&limit=100&after=" + next);
        assertThat(second.json().path("events").size()).isEqualTo(50);
        assertThat(second.json().path("next").isNull()).isTrue();
        assertThat(second.json().path("events").get(49).path("message").asString()).isEqualTo("row 0");
        assertThat(api.get("/api/v1/events?after=yesterday").status()).isEqualTo(400);
        assertThat(api.get("/api/v1/events?minSeverity=LOUD").status()).isEqualTo(400);
    }

    @Test
    void theExportIsTheWholeResultAsCsvForSpreadsheets() {
        HttpApi api = HttpApi.basic(baseUrl(), user, Fixtures.PASSWORD);
        byte[] csv = api.download("/api/v1/events/export?orgId=" + org.id());
        assertThat(Arrays.copyOf(csv, 3)).as("UTF-8 byte-order mark for Excel")
                .containsExactly(0xEF, 0xBB, 0xBF);
        String[] lines = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8).split("\r\n");
        assertThat(lines).hasSize(1 + 151);
        assertThat(lines[0]).startsWith("id,occurred_at,recorded_at,org_id,site_id");
        assertThat(lines[1]).as("newest first; a formula is shown, not run; Cyrillic intact")
                .contains("2026-04-01T09:03:20Z").contains(",CRITICAL,\"'=HYPERLINK(\"\"x\"\") Петров, проход 2\"");
    }

    @Test
    void theSearchPageShowsAPageWithALinkToOlderEventsAndTheExport() throws Exception {
        MockHttpSession session = ConsoleSession.login(mvc, user, Fixtures.PASSWORD);
        String html = mvc.perform(get("/events").param("orgId", String.valueOf(org.id())).param("type", "test.page")
                        .session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("row 149").contains("row 50").doesNotContain("row 49<")
                .contains("data-test=\"next-page\"").contains("/events/export.csv?orgId=" + org.id());
        String older = html.replaceAll("(?s).*data-test=\"next-page\"\\s+href=\"([^\"]+)\".*", "$1")
                .replace("&amp;", "&");
        String second = mvc.perform(get(older).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString(StandardCharsets.UTF_8);
        assertThat(second).contains("row 49").contains("row 0").doesNotContain("row 50<")
                .doesNotContain("data-test=\"next-page\"");
    }

    @Test
    void aDateThatDoesNotParseIsNamedAndNothingIsSearched() throws Exception {
        MockHttpSession session = ConsoleSession.login(mvc, user, Fixtures.PASSWORD);
        String html = mvc.perform(get("/events").param("from", "yesterday").session(session))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString(StandardCharsets.UTF_8);
        assertThat(html).contains("data-test=\"invalid\"").contains("from");
    }
}
