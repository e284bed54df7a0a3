package org.castellan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.castellan.users.UserService;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mock.web.MockHttpSession;

class ProfilePagesTest extends IntegrationTest {
    private static final Pattern SECRET = Pattern.compile("<p class=\"secret\" data-test=\"secret\">(cst_[A-Za-z0-9_-]+)</p>");

    @Autowired
    ApiTokenService tokens;
    @Autowired
    UserService users;

    @Test
    void aNewTokenSecretIsShownExactlyOnceAndARevokedTokenNoLongerAuthenticates() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        MockHttpSession session = login(user);

        mvc.perform(post("/profile/tokens").session(session).with(csrf()).param("name", "cli").param("validDays", "30"))
                .andExpect(redirectedUrl("/profile"));
        String first = mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        Matcher shown = SECRET.matcher(first);
        assertThat(shown.find()).as("secret shown after creation").isTrue();
        String secret = shown.group(1);
        assertThat(first).contains("it will not be shown again");
        String second = mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(second).doesNotContain(secret).doesNotContain("data-test=\"secret\"").contains("cli");

        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret)).andExpect(status().isOk());
        long tokenId = tokens.tokens(fixtures.caller(user), user.id()).getFirst().id();
        mvc.perform(post("/profile/tokens/" + tokenId + "/revoke").session(session).with(csrf()))
                .andExpect(redirectedUrl("/profile"));
        mvc.perform(get("/api/v1/me").header("Authorization", "Bearer " + secret))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void aWrongCurrentPasswordIsAFieldErrorAndChangesNothing() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        MockHttpSession session = login(user);

        String body = mvc.perform(post("/profile/password").session(session).with(csrf())
                        .param("currentPassword", "not-my-password").param("newPassword", "brand-new-password")
                        .param("repeatPassword", "brand-new-password"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">The current password is wrong.</span>")
                .doesNotContain("not-my-password").doesNotContain("brand-new-password");
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void differentNewPasswordsAreAFieldError() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        MockHttpSession session = login(user);

        String body = mvc.perform(post("/profile/password").session(session).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "brand-new-password")
                        .param("repeatPassword", "brand-new-passw0rd"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">The two new passwords differ.</span>");
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD))).andExpect(status().isOk());
    }

    @Test
    void aChangedPasswordWorksForBasicLoginAndTheOldOneNoLonger() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        MockHttpSession session = login(user);

        mvc.perform(post("/profile/password").session(session).with(csrf())
                        .param("currentPassword", Fixtures.PASSWORD).param("newPassword", "brand-new-password")
                        .param("repeatPassword", "brand-new-password"))
                .andExpect(redirectedUrl("/profile"));

        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), "brand-new-password"))).andExpect(status().isOk());
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @ParameterizedTest
    @CsvSource({"ru, Устройства, Диспетчерская, Показано устройств", "zh, 设备, 调度, 显示设备"})
    void pagesAreShownInTheUsersLanguage(String locale, String devices, String dispatch, String count)
            throws Exception {
        Organization org = fixtures.organization();
        User user = fixtures.user(Set.of(Role.VIEWER), org);
        users.updatePreferences(fixtures.caller(user), locale, "Europe/Moscow");
        MockHttpSession session = login(user);

        String body = mvc.perform(get("/devices").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<html lang=\"" + locale + "\">").contains(">" + devices + "</a>")
                .contains(">" + dispatch + "</a>").contains(count).doesNotContain("Devices shown").doesNotContain("??");
    }

    @Test
    void theProfileChangesTheOwnLanguageAndTimeZone() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        MockHttpSession session = login(user);

        mvc.perform(post("/profile/preferences").session(session).with(csrf())
                        .param("locale", "zh").param("timeZone", "Asia/Shanghai"))
                .andExpect(redirectedUrl("/profile"));

        String body = mvc.perform(get("/profile").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(body).contains("个人资料").contains("已保存。").contains("Asia/Shanghai");
        String bad = mvc.perform(post("/profile/preferences").session(session).with(csrf())
                        .param("locale", "zh").param("timeZone", "Asia/Atlantis"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();
        assertThat(bad).contains("“Asia/Atlantis”不是有效的时区");
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
