package org.castellan.org;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.castellan.users.UserForm;
import org.castellan.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;

class OrgPagesTest extends IntegrationTest {
    @Autowired
    OrgService orgs;
    @Autowired
    UserService users;

    @Test
    void aUserOfAnotherOrganizationGetsNotFoundForItsOrganizationSiteAndZonePages() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        Site theirSite = fixtures.site(theirs);
        Zone theirZone = fixtures.zone(theirSite);
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));

        for (String url : new String[] {"/admin/orgs/" + theirs.id(), "/admin/orgs/" + theirs.id() + "/edit",
                "/admin/sites/" + theirSite.id(), "/admin/sites/" + theirSite.id() + "/edit",
                "/admin/zones/" + theirZone.id() + "/edit"}) {
            String body = mvc.perform(get(url).session(session)).andExpect(status().isNotFound())
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(url).doesNotContain(theirs.name()).doesNotContain(theirSite.name());
        }
        mvc.perform(get("/admin/orgs/" + mine.id()).session(session)).andExpect(status().isOk());
    }

    @Test
    void aUserOfAnotherOrganizationCannotCreateASiteInItByPost() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));

        mvc.perform(post("/admin/orgs/" + theirs.id() + "/sites/new").session(session).with(csrf())
                        .param("name", "Planted site").param("address", "").param("timeZone", ""))
                .andExpect(status().isNotFound());

        assertThat(orgs.sites(CurrentUser.system(), theirs.id())).isEmpty();
    }

    @Test
    void aBlankOrganizationNameIsShownAsAFieldErrorInTheViewersLanguage() throws Exception {
        User admin = platformAdmin("ru");
        MockHttpSession session = login(admin);

        String body = mvc.perform(post("/admin/orgs/new").session(session).with(csrf())
                        .param("name", " ").param("code", fixtures.unique("C")).param("timeZone", "Europe/Moscow"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">Обязательное поле.</span>");
    }

    @Test
    void aDuplicateSiteNameIsAFieldErrorNotAServerError() throws Exception {
        Organization org = fixtures.organization();
        Site existing = fixtures.site(org);
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        String body = mvc.perform(post("/admin/orgs/" + org.id() + "/sites/new").session(session).with(csrf())
                        .param("name", existing.name().toUpperCase()).param("address", "").param("timeZone", ""))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("The name &#39;" + existing.name().toUpperCase() + "&#39; is already used.");
        assertThat(orgs.sites(CurrentUser.system(), org.id())).hasSize(1);
    }

    @Test
    void anUnknownTimeZoneIsAFieldError() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        String body = mvc.perform(post("/admin/orgs/" + org.id() + "/edit").session(session).with(csrf())
                        .param("name", org.name()).param("code", org.code()).param("timeZone", "Mars/Olympus"))
                .andExpect(status().isBadRequest())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("is not a known time zone").contains("<option value=\"Mars/Olympus\" selected=\"selected\">");
        assertThat(orgs.organization(CurrentUser.system(), org.id()).timeZone()).isEqualTo("Europe/Moscow");
    }

    @Test
    void unknownIdsAreNotFound() throws Exception {
        MockHttpSession session = login(platformAdmin("en"));

        for (String url : new String[] {"/admin/orgs/999999999", "/admin/sites/999999999", "/admin/sites/abc",
                "/admin/zones/999999999/edit", "/admin/orgs/999999999/sites/new"}) {
            String body = mvc.perform(get(url).session(session)).andExpect(status().isNotFound())
                    .andExpect(content().contentTypeCompatibleWith(MediaType.TEXT_HTML))
                    .andReturn().getResponse().getContentAsString();
            assertThat(body).as(url).contains("<span>404</span> — <span>Not found</span>");
        }
    }

    @Test
    void siteAndZoneAreCreatedChangedAndDeletedWithAuditEntriesOnTheAuditPage() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        String siteUrl = mvc.perform(post("/admin/orgs/" + org.id() + "/sites/new").session(session).with(csrf())
                        .param("name", "Boiler house 3").param("address", "Mira 7").param("timeZone", ""))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        assertThat(siteUrl).matches("/admin/sites/\\d+");
        long siteId = Long.parseLong(siteUrl.substring(siteUrl.lastIndexOf('/') + 1));
        mvc.perform(post(siteUrl + "/edit").session(session).with(csrf())
                        .param("name", "Boiler house 3A").param("address", "Mira 7").param("timeZone", "Asia/Omsk"))
                .andExpect(redirectedUrl(siteUrl));
        mvc.perform(post(siteUrl + "/zones/new").session(session).with(csrf())
                        .param("name", "Pump room").param("description", "basement"))
                .andExpect(redirectedUrl(siteUrl));
        long zoneId = orgs.zones(CurrentUser.system(), siteId).getFirst().id();
        mvc.perform(post("/admin/zones/" + zoneId + "/edit").session(session).with(csrf())
                        .param("name", "Pump room 2").param("description", ""))
                .andExpect(redirectedUrl(siteUrl));
        String sitePage = mvc.perform(get(siteUrl).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(sitePage).contains("Boiler house 3A").contains("Pump room 2").contains("Asia/Omsk");
        mvc.perform(post("/admin/zones/" + zoneId + "/delete").session(session).with(csrf()))
                .andExpect(redirectedUrl(siteUrl));
        mvc.perform(post(siteUrl + "/delete").session(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/orgs/" + org.id()));
        assertThat(orgs.sites(CurrentUser.system(), org.id())).isEmpty();

        String siteAudit = auditPage(session, "site", siteId);
        assertThat(siteAudit).contains("data-entry=\"site:" + siteId + ":CREATE\"",
                "data-entry=\"site:" + siteId + ":UPDATE\"", "data-entry=\"site:" + siteId + ":DELETE\"");
        assertThat(siteAudit).doesNotContain("data-entry=\"zone:");
        String zoneAudit = auditPage(session, "zone", zoneId);
        assertThat(zoneAudit).contains("data-entry=\"zone:" + zoneId + ":CREATE\"",
                "data-entry=\"zone:" + zoneId + ":UPDATE\"", "data-entry=\"zone:" + zoneId + ":DELETE\"");
        assertThat(zoneAudit).doesNotContain("data-entry=\"site:");
    }

    @Test
    void deletingASiteThatStillHasZonesShowsTheConflictPageAndKeepsTheSite() throws Exception {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        fixtures.zone(site);
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        String body = mvc.perform(post("/admin/sites/" + site.id() + "/delete").session(session).with(csrf()))
                .andExpect(status().isConflict())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("still has 1 zone(s)");
        assertThat(orgs.site(CurrentUser.system(), site.id())).isEqualTo(site);
    }

    @Test
    void aDispatcherSeesTheLocationTreeWithoutEditControlsAndCannotOpenTheForms() throws Exception {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        String orgPage = mvc.perform(get("/admin/orgs/" + org.id()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(orgPage).contains(site.name()).doesNotContain("data-test=\"edit\"").doesNotContain("new-site");
        mvc.perform(get("/admin/orgs/" + org.id() + "/edit").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/sites/" + site.id() + "/zones/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(post("/admin/sites/" + site.id() + "/delete").session(session).with(csrf()))
                .andExpect(status().isForbidden());
        assertThat(orgs.site(CurrentUser.system(), site.id())).isEqualTo(site);
    }

    @Test
    void onlyPlatformAdministratorsAreOfferedNewOrganizations() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession orgAdmin = login(fixtures.user(Set.of(Role.ADMIN), org));
        MockHttpSession platform = login(platformAdmin("en"));

        assertThat(mvc.perform(get("/admin/orgs").session(orgAdmin)).andReturn().getResponse().getContentAsString())
                .contains(org.name()).doesNotContain("data-test=\"new-org\"");
        mvc.perform(get("/admin/orgs/new").session(orgAdmin)).andExpect(status().isForbidden());
        assertThat(mvc.perform(get("/admin/orgs").session(platform)).andReturn().getResponse().getContentAsString())
                .contains("data-test=\"new-org\"");

        String name = fixtures.unique("Teplo");
        String url = mvc.perform(post("/admin/orgs/new").session(platform).with(csrf())
                        .param("name", name).param("code", name).param("timeZone", "Asia/Shanghai"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();
        long id = Long.parseLong(url.substring(url.lastIndexOf('/') + 1));
        assertThat(orgs.organization(CurrentUser.system(), id).timeZone()).isEqualTo("Asia/Shanghai");
    }

    private String auditPage(MockHttpSession session, String entityType, long id) throws Exception {
        return mvc.perform(get("/admin/audit").session(session)
                        .param("entityType", entityType).param("entityId", String.valueOf(id)))
                .andExpect(status().isOk()).andReturn().getResponse().getContentAsString();
    }

    private User platformAdmin(String locale) {
        return users.create(CurrentUser.system(), new UserForm(fixtures.unique("root"), "Platform Admin",
                Fixtures.PASSWORD, Set.of(Role.ADMIN), Set.of(), true, locale, "UTC", true));
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
