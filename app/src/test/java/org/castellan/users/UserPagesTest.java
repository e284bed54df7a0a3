package org.castellan.users;

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
import org.castellan.security.ApiTokenService;
import org.castellan.security.IssuedToken;
import org.castellan.security.TokenForm;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

class UserPagesTest extends IntegrationTest {
    @Autowired
    UserService users;
    @Autowired
    ApiTokenService tokens;

    @Test
    void aDispatcherCannotAdministerUsers() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));
        String username = fixtures.unique("intruder");

        mvc.perform(get("/admin/users").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/admin/users/new").session(session)).andExpect(status().isForbidden());
        mvc.perform(newUser(session, username, org).param("roles", "ADMIN")).andExpect(status().isForbidden());

        assertThat(users.byUsername(CurrentUser.system(), username)).isEmpty();
    }

    @Test
    void anAdministratorCreatesAUserWithRolesOrganizationsAndLanguage() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));
        String username = fixtures.unique("dispatcher");

        String url = mvc.perform(newUser(session, username, org).param("roles", "DISPATCHER", "VIEWER"))
                .andExpect(status().isFound()).andReturn().getResponse().getRedirectedUrl();

        User created = users.byUsername(CurrentUser.system(), username).orElseThrow();
        assertThat(url).isEqualTo("/admin/users/" + created.id());
        assertThat(created.roles()).containsExactlyInAnyOrder(Role.DISPATCHER, Role.VIEWER);
        assertThat(created.orgIds()).containsExactly(org.id());
        assertThat(created.locale()).isEqualTo("ru");
        assertThat(created.timeZone()).isEqualTo("Asia/Vladivostok");
        assertThat(created.allOrgs()).isFalse();
        assertThat(created.enabled()).isTrue();
    }

    @Test
    void aTooShortPasswordAndNoRolesAreFieldErrors() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));
        String username = fixtures.unique("nobody");

        String body = mvc.perform(post("/admin/users/new").session(session).with(csrf())
                        .param("username", username).param("displayName", "Short").param("password", "short")
                        .param("_roles", "on").param("_allOrgs", "on").param("orgIds", String.valueOf(org.id()))
                        .param("locale", "en").param("timeZone", "UTC").param("enabled", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("<span class=\"field-error\">Choose at least one.</span>");

        body = mvc.perform(newUser(session, username, org, "short").param("roles", "VIEWER"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(body).contains("<span class=\"field-error\">Use at least 10 characters.</span>");
        assertThat(users.byUsername(CurrentUser.system(), username)).isEmpty();
    }

    @Test
    void aFormWithoutTheCheckboxMarkersIsAFieldErrorNotAServerError() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));
        String username = fixtures.unique("crafted");

        String body = mvc.perform(post("/admin/users/new").session(session).with(csrf())
                        .param("username", username).param("displayName", "Crafted").param("password", "a-long-password")
                        .param("roles", "VIEWER").param("orgIds", String.valueOf(org.id()))
                        .param("locale", "en").param("timeZone", "UTC").param("enabled", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">Invalid value.</span>")
                .contains("value=\"" + username + "\"");
        assertThat(users.byUsername(CurrentUser.system(), username)).isEmpty();
    }

    @Test
    void anOrganizationAdministratorIsOfferedOnlyTheirOrganizationsAndNoAllOrganizationsChoice() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));

        String body = mvc.perform(get("/admin/users/new").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains(mine.name()).doesNotContain(theirs.name()).doesNotContain("name=\"allOrgs\"");
    }

    @Test
    void anAdministratorCannotTakeTheirOwnAdministratorRoleAway() throws Exception {
        Organization org = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), org);
        MockHttpSession session = login(admin);

        String body = mvc.perform(post("/admin/users/" + admin.id()).session(session).with(csrf())
                        .param("username", admin.username()).param("displayName", "Still me")
                        .param("roles", "VIEWER").param("orgIds", String.valueOf(org.id())).param("_allOrgs", "on")
                        .param("locale", "en").param("timeZone", "UTC").param("enabled", "true"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("You cannot disable yourself or remove your own administrator role.");
        assertThat(users.user(CurrentUser.system(), admin.id()).roles()).containsExactly(Role.ADMIN);
    }

    @Test
    void theUserPageChangesTheUserButKeepsTheUserName() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));
        User user = fixtures.user(Set.of(Role.VIEWER), org);

        mvc.perform(post("/admin/users/" + user.id()).session(session).with(csrf())
                        .param("username", "renamed-by-hand").param("displayName", "Ivan Petrov")
                        .param("roles", "ENGINEER").param("orgIds", String.valueOf(org.id())).param("_allOrgs", "on")
                        .param("locale", "zh").param("timeZone", "Asia/Shanghai").param("_enabled", "on"))
                .andExpect(redirectedUrl("/admin/users/" + user.id()));

        User after = users.user(CurrentUser.system(), user.id());
        assertThat(after.username()).isEqualTo(user.username());
        assertThat(after.displayName()).isEqualTo("Ivan Petrov");
        assertThat(after.roles()).containsExactly(Role.ENGINEER);
        assertThat(after.locale()).isEqualTo("zh");
        assertThat(after.enabled()).isFalse();
    }

    @Test
    void theUserPageListsTheUsersApiTokensAndRevokesThem() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));
        User owner = fixtures.user(Set.of(Role.ENGINEER), org);
        IssuedToken issued = tokens.issue(fixtures.caller(owner), new TokenForm("meter export", null));

        String page = mvc.perform(get("/admin/users/" + owner.id()).session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(page).contains("meter export").contains(issued.token().prefix())
                .contains("action=\"/admin/tokens/" + issued.token().id() + "/revoke\"")
                .doesNotContain(issued.secret());

        mvc.perform(post("/admin/tokens/" + issued.token().id() + "/revoke").session(session).with(csrf()))
                .andExpect(redirectedUrl("/admin/users/" + owner.id()));

        assertThat(tokens.tokens(CurrentUser.system(), owner.id()).getFirst().revokedAt()).isNotNull();
        assertThat(tokens.authenticate(issued.secret())).isEmpty();
    }

    @Test
    void anAdministratorOfAnotherOrganizationGetsNotFoundForTheUserAndCannotRevokeTheirTokens() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), mine));
        User stranger = fixtures.user(Set.of(Role.VIEWER), theirs);
        IssuedToken issued = tokens.issue(fixtures.caller(stranger), new TokenForm("theirs", null));

        mvc.perform(get("/admin/users/" + stranger.id()).session(session)).andExpect(status().isNotFound());
        mvc.perform(post("/admin/tokens/" + issued.token().id() + "/revoke").session(session).with(csrf()))
                .andExpect(status().isNotFound());

        assertThat(tokens.authenticate(issued.secret())).contains(stranger.id());
    }

    private MockHttpServletRequestBuilder newUser(MockHttpSession session, String username, Organization org) {
        return newUser(session, username, org, "a-long-password");
    }

    /** What the new-user page posts when the boxes are ticked (roles are added by each test). */
    private MockHttpServletRequestBuilder newUser(MockHttpSession session, String username, Organization org,
                                                  String password) {
        return post("/admin/users/new").session(session).with(csrf())
                .param("username", username).param("displayName", "Anna Sidorova").param("password", password)
                .param("orgIds", String.valueOf(org.id())).param("locale", "ru").param("timeZone", "Asia/Vladivostok")
                .param("enabled", "true").param("_allOrgs", "on");
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
