package org.castellan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockHttpSession;

/** The console pages /duty and /duty/history (MockMvc through the real login and security chain). */
class DutyPagesTest extends IntegrationTest {
    @Autowired
    DutyService duty;
    @Autowired
    JdbcClient jdbc;

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }

    private String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
    }

    @Test
    void aDispatcherStartsAShiftAndWritesAnEntryFromTheConsole() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        MockHttpSession session = login(anna);
        assertThat(page(session, "/duty?lang=en")).contains("Nobody is on duty").contains("data-test=\"start-shift\"");

        mvc.perform(post("/duty/start").session(session).with(csrf()).param("orgId", String.valueOf(org.id())))
                .andExpect(redirectedUrl("/duty?orgId=" + org.id()));
        long shiftId = duty.current(CurrentUser.system(), org.id()).orElseThrow().id();
        mvc.perform(post("/duty/shifts/" + shiftId + "/entries").session(session).with(csrf())
                        .param("kind", "INSPECTION").param("text", "Машинный зал 23 °C"))
                .andExpect(redirectedUrl("/duty?orgId=" + org.id()));

        String body = page(session, "/duty?orgId=" + org.id() + "&lang=en");
        assertThat(body).contains("Машинный зал 23 °C").contains("Inspection (§4.4.1.3)")
                .contains("data-test=\"confirm-handover\"").doesNotContain("data-test=\"accept-handover\"");
    }

    @Test
    void aBlankEntryComesBackAsAFieldErrorAndNothingIsWritten() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        Shift shift = duty.startShift(fixtures.caller(anna), org.id());

        String body = mvc.perform(post("/duty/shifts/" + shift.id() + "/entries").session(login(anna)).with(csrf())
                        .param("kind", "NOTE").param("text", "   ").param("lang", "en"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("class=\"field-error\"");
        assertThat(duty.entries(CurrentUser.system(), shift.id())).isEmpty();
    }

    @Test
    void anotherDispatcherSeesTheConfirmedSituationAndTheAcceptButton() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        User boris = fixtures.user(Set.of(Role.DISPATCHER), org);
        CurrentUser annaCaller = fixtures.caller(anna);
        Shift shift = duty.startShift(annaCaller, org.id());
        duty.confirmHandover(annaCaller, shift.id(), "Калитка 3 заедает");

        String borisSees = page(login(boris), "/duty?lang=ru");
        String annaSees = page(login(anna), "/duty?lang=zh");

        assertThat(borisSees).contains("Принять смену").contains("Калитка 3 заедает")
                .contains("Ничего не открыто").doesNotContain("data-test=\"entry-form\"");
        assertThat(annaSees).contains("撤回交班").contains("等待其他值班人员接班")
                .doesNotContain("data-test=\"accept-handover\"");
    }

    @Test
    void acceptingInTheConsoleMakesTheIncomingDispatcherTheOneOnDuty() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        User boris = fixtures.user(Set.of(Role.DISPATCHER), org);
        CurrentUser annaCaller = fixtures.caller(anna);
        Handover handover = duty.confirmHandover(annaCaller, duty.startShift(annaCaller, org.id()).id(), null);
        MockHttpSession session = login(boris);

        mvc.perform(post("/duty/handovers/" + handover.id() + "/accept").session(session).with(csrf())
                .param("note", "Принял")).andExpect(redirectedUrl("/duty?orgId=" + org.id()));

        assertThat(duty.current(CurrentUser.system(), org.id()).orElseThrow().dispatcherId()).isEqualTo(boris.id());
        assertThat(page(session, "/duty?orgId=" + org.id() + "&lang=en")).contains("You accepted the shift.")
                .contains("data-test=\"confirm-handover\"");
    }

    @Test
    void acceptingOnesOwnHandoverIsRefusedWithTheReason() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        CurrentUser annaCaller = fixtures.caller(anna);
        Handover handover = duty.confirmHandover(annaCaller, duty.startShift(annaCaller, org.id()).id(), null);

        String body = mvc.perform(post("/duty/handovers/" + handover.id() + "/accept").session(login(anna))
                        .with(csrf()).param("lang", "en"))
                .andExpect(status().isConflict()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("You cannot accept your own handover");
    }

    @Test
    void aViewerSeesTheShiftButNoActions() throws Exception {
        Organization org = fixtures.organization();
        duty.startShift(fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER), org)), org.id());
        MockHttpSession session = login(fixtures.user(Set.of(Role.VIEWER), org));

        String body = page(session, "/duty?lang=en");

        assertThat(body).contains("data-test=\"shift\"").doesNotContain("data-test=\"entry-form\"")
                .doesNotContain("data-test=\"confirm-handover\"").doesNotContain("data-test=\"accept-handover\"");
        mvc.perform(post("/duty/start").session(session).with(csrf()).param("orgId", String.valueOf(org.id())))
                .andExpect(status().isForbidden());
    }

    @Test
    void anotherOrganizationsDutyPagesAreNotFound() throws Exception {
        Organization theirs = fixtures.organization();
        Shift shift = duty.startShift(fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER), theirs)), theirs.id());
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER, Role.ADMIN), fixtures.organization()));

        mvc.perform(get("/duty?orgId=" + theirs.id()).session(session)).andExpect(status().isNotFound());
        mvc.perform(get("/duty/history?orgId=" + theirs.id()).session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/duty/shifts/" + shift.id() + "/entries").session(session).with(csrf())
                .param("kind", "NOTE").param("text", "x")).andExpect(status().isNotFound());
        mvc.perform(post("/duty/shifts/" + shift.id() + "/handover").session(session).with(csrf()))
                .andExpect(status().isNotFound());
    }

    @Test
    void theHistoryShowsEachHandoverWithBothNamesTimesAndTheConfirmedNote() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        User boris = fixtures.user(Set.of(Role.DISPATCHER), org);
        CurrentUser annaCaller = fixtures.caller(anna);
        Shift first = duty.startShift(annaCaller, org.id());
        duty.addEntry(annaCaller, first.id(), EntryKind.INCIDENT, "Дверь 4 открыта силой");
        Handover handover = duty.acceptHandover(fixtures.caller(boris),
                duty.confirmHandover(annaCaller, first.id(), "Дверь 4 под наблюдением").id(), "Принял");

        String body = page(login(boris), "/duty/history?lang=en");

        assertThat(body).contains("Handover No. " + handover.id()).contains("Дверь 4 под наблюдением")
                .contains("Принял").contains("Дверь 4 открыта силой").contains("Handed over")
                .contains("Nothing open").contains("window.print()");
        assertThat(body.split("data-test=\"handover\"")).hasSize(2);
    }

    @Test
    void aCallerWithSeveralOrganizationsChoosesOneAndSeesWhoIsOnDutyInEach() throws Exception {
        Organization one = fixtures.organization();
        Organization two = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), one, two);
        duty.startShift(fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER), two)), two.id());

        String body = page(login(admin), "/duty?orgId=" + two.id() + "&lang=en");

        assertThat(body).contains("data-test=\"org-selector\"").contains("data-test=\"overview\"")
                .contains("data-org=\"" + one.id() + "\"").contains("data-org=\"" + two.id() + "\"")
                .contains("data-test=\"shift\"");
    }

    @Test
    void aShiftOpenPastItsPlannedEndIsFlaggedOverdue() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        // a shift started 25 hours ago; the service always starts shifts now, so it is written directly
        jdbc.sql("""
                insert into duty_shift (org_id, dispatcher_id, dispatcher_name, started_at, planned_end)
                values (:org, :user, 'Anna', now() - interval '25 hours', now() - interval '1 hour')""")
                .param("org", org.id()).param("user", anna.id()).update();

        String body = page(login(anna), "/duty?lang=en");

        assertThat(body).contains("data-test=\"overdue\"").contains("Overdue: the shift has run past its planned end");
    }

    @Test
    void aShiftWithinItsPlannedLengthIsNotFlagged() throws Exception {
        Organization org = fixtures.organization();
        User anna = fixtures.user(Set.of(Role.DISPATCHER), org);
        duty.startShift(fixtures.caller(anna), org.id());

        assertThat(page(login(anna), "/duty?lang=en")).doesNotContain("data-test=\"overdue\"");
    }
}
