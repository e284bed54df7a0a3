package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

/** The alarm pages and the panel fragment through the console's security chain. */
class AlarmPagesTest extends IntegrationTest {
    @Autowired
    AlarmService alarms;

    @Test
    void theListShowsOpenAlarmsWithSiteCountAndActionsAndRecentlyClearedOnes() throws Exception {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        Alarm open = raise(org, site, "device:1", "Дверь удерживается");
        raise(org, site, "device:1", "Дверь удерживается");
        Alarm gone = raise(org, site, "device:2", "Old condition");
        alarms.conditionEnded(org.id(), "device:2", "test.kind", Instant.now());
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        String page = body(get("/alarms?lang=ru"), session);

        assertThat(page).contains("Дверь удерживается").contains(site.name()).contains("Квитировать")
                .contains("/alarms/" + open.id() + "/clear").contains("Недавно снятые").contains("/alarms/" + gone.id());
        assertThat(body(get("/alarms/panel"), session)).startsWith("<div").contains("data-alarm=\"" + open.id() + "\"")
                .doesNotContain("data-alarm=\"" + gone.id() + "\"").contains("<td data-test=\"count\">2</td>");
    }

    @Test
    void acknowledgingFromThePanelAnswersThePanelAgain() throws Exception {
        Organization org = fixtures.organization();
        Alarm alarm = raise(org, null, "device:1", "Duress at gate 2");
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        String panel = mvc.perform(post("/alarms/" + alarm.id() + "/acknowledge").header("HX-Request", "true")
                .session(session).with(csrf())).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();

        assertThat(panel).startsWith("<div").contains("Acknowledged");
        assertThat(alarms.alarm(CurrentUser.system(), alarm.id()).acknowledged()).isTrue();
    }

    @Test
    void clearingFromThePanelWithoutReasonShowsTheProblemInThePanel() throws Exception {
        Organization org = fixtures.organization();
        Alarm alarm = raise(org, null, "device:1", "Door forced");
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        String panel = mvc.perform(post("/alarms/" + alarm.id() + "/clear").param("reason", "")
                .header("HX-Request", "true").session(session).with(csrf())).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(panel).contains("Say why the alarm is cleared.");
        assertThat(alarms.alarm(CurrentUser.system(), alarm.id()).active()).isTrue();
    }

    @Test
    void theAlarmPageShowsCounterCommentsAndHistory() throws Exception {
        Organization org = fixtures.organization();
        User dispatcher = fixtures.user(Set.of(Role.DISPATCHER), org);
        Alarm alarm = raise(org, null, "device:1", "Temperature denied");
        raise(org, null, "device:1", "Temperature denied");
        alarms.comment(fixtures.caller(dispatcher), alarm.id(), "Проверил термометр");
        MockHttpSession session = login(dispatcher);

        String page = body(get("/alarms/" + alarm.id() + "?lang=zh"), session);

        assertThat(page).contains("Temperature denied").contains("Проверил термометр").contains("次数")
                .contains("alarm.repeated").contains("alarm.raised").contains("alarm.commented");
    }

    @Test
    void aDispatcherRaisesAManualAlarmFromTheForm() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));
        String title = fixtures.unique("Flooded basement ");

        mvc.perform(post("/alarms/new").session(session).with(csrf()).param("orgId", String.valueOf(org.id()))
                .param("severity", "MAJOR").param("title", title)).andExpect(status().is3xxRedirection());

        assertThat(alarms.openAlarms(org.id())).extracting(Alarm::title).containsExactly(title);
        assertThat(mvc.perform(post("/alarms/new").session(session).with(csrf())
                .param("orgId", String.valueOf(org.id())).param("severity", "MAJOR").param("title", " "))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString())
                .contains("field-error");
    }

    @Test
    void anotherOrganizationsAlarmIsNotFoundAndNotListed() throws Exception {
        Organization mine = fixtures.organization();
        Alarm theirs = raise(fixtures.organization(), null, "device:1", "Their secret alarm");
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));

        mvc.perform(get("/alarms/" + theirs.id()).session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/alarms/" + theirs.id() + "/acknowledge").session(session).with(csrf()))
                .andExpect(status().isNotFound());
        assertThat(body(get("/alarms"), session)).doesNotContain("Their secret alarm");
    }

    @Test
    void aViewerSeesNoActionButtons() throws Exception {
        Organization org = fixtures.organization();
        Alarm alarm = raise(org, null, "device:1", "Visible alarm");
        MockHttpSession session = login(fixtures.user(Set.of(Role.VIEWER), org));

        assertThat(body(get("/alarms/panel"), session)).contains("Visible alarm")
                .doesNotContain("/alarms/" + alarm.id() + "/acknowledge");
    }

    private Alarm raise(Organization org, Site site, String source, String title) {
        return alarms.raise(new AlarmSignal(org.id(), "test.kind", source, null, site == null ? null : site.id(),
                null, AlarmSeverity.MAJOR, title, Map.of(), Instant.now().minusSeconds(120)));
    }

    private String body(org.springframework.test.web.servlet.RequestBuilder request, MockHttpSession session)
            throws Exception {
        return mvc.perform(((org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder) request)
                .session(session)).andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
