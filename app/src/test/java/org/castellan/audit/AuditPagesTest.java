package org.castellan.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Set;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.org.ZoneForm;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.castellan.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class AuditPagesTest extends IntegrationTest {
    private static final DateTimeFormatter INPUT = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm");

    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    @Test
    void aDispatcherGetsTheForbiddenPage() throws Exception {
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), fixtures.organization()));

        mvc.perform(get("/admin/audit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/audit").session(session).param("from", "nonsense")).andExpect(status().isForbidden());
    }

    @Test
    void fromAndToAreWallClockTimesInTheViewersTimeZone() throws Exception {
        Organization org = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), org);
        users.updatePreferences(fixtures.caller(admin), "en", "Asia/Shanghai");
        Site site = fixtures.site(org);
        MockHttpSession session = login(admin);
        LocalDateTime shanghai = LocalDateTime.now(ZoneId.of("Asia/Shanghai")).truncatedTo(ChronoUnit.MINUTES);
        LocalDateTime utc = LocalDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES);

        String inViewersZone = auditOfSite(session, site, shanghai.minusMinutes(10), shanghai.plusMinutes(10));
        String readAsUtc = auditOfSite(session, site, utc.minusMinutes(10), utc.plusMinutes(10));

        assertThat(inViewersZone).contains("data-entry=\"site:" + site.id() + ":CREATE\"").contains("From (Asia/Shanghai)");
        assertThat(readAsUtc).doesNotContain("data-entry=\"site:" + site.id());
    }

    @Test
    void anUnreadableDateIsAFieldErrorNotAServerError() throws Exception {
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), fixtures.organization()));

        String body = mvc.perform(get("/admin/audit").session(session).param("from", "yesterday"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("value=\"yesterday\"").contains("<span class=\"field-error\">Enter a date and time.</span>");
    }

    @Test
    void anEndBeforeTheStartIsAFieldError() throws Exception {
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), fixtures.organization()));

        String body = mvc.perform(get("/admin/audit").session(session)
                        .param("from", "2025-03-02T10:00").param("to", "2025-03-01T10:00"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">Must be later than the start.</span>");
    }

    @Test
    void aChangeShowsOnlyTheFieldsThatDiffered() throws Exception {
        Organization org = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), org);
        Zone zone = fixtures.zone(fixtures.site(org));
        orgs.updateZone(fixtures.caller(admin), zone.id(), new ZoneForm(zone.name(), "second floor"));
        MockHttpSession session = login(admin);

        String body = mvc.perform(get("/admin/audit").session(session)
                        .param("entityType", "zone").param("entityId", String.valueOf(zone.id())))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        String update = body.substring(body.indexOf("data-entry=\"zone:" + zone.id() + ":UPDATE\""));
        update = update.substring(0, update.indexOf("</tr>"));
        assertThat(update).contains("&quot;description&quot; : null", "&quot;description&quot; : &quot;second floor&quot;")
                .doesNotContain("&quot;name&quot;").contains("Changed").contains(admin.username());
    }

    @Test
    void anOrganizationAdministratorSeesOnlyTheirOrganizationsEntries() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        Site mySite = fixtures.site(mine);
        Site theirSite = fixtures.site(theirs);
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));

        String body = mvc.perform(get("/admin/audit").session(session).param("entityType", "site"))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("data-entry=\"site:" + mySite.id() + ":CREATE\"")
                .doesNotContain("data-entry=\"site:" + theirSite.id() + ":").doesNotContain(theirs.name());
    }

    private String auditOfSite(MockHttpSession session, Site site, LocalDateTime from, LocalDateTime to)
            throws Exception {
        return mvc.perform(get("/admin/audit").session(session).param("entityType", "site")
                        .param("entityId", String.valueOf(site.id()))
                        .param("from", INPUT.format(from)).param("to", INPUT.format(to)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
