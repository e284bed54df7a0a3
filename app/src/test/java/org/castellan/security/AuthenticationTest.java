package org.castellan.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

class AuthenticationTest extends IntegrationTest {
    @Autowired
    JdbcClient jdbc;

    @Test
    void consolePagesRedirectAnonymousVisitorsToLogin() throws Exception {
        mvc.perform(get("/dispatch")).andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/login"));
    }

    @Test
    void formLoginWithTheRightPasswordOpensTheConsole() throws Exception {
        User user = fixtures.user(Set.of(Role.DISPATCHER), fixtures.organization());
        mvc.perform(formLogin("/login").user(user.username()).password(Fixtures.PASSWORD))
                .andExpect(status().is3xxRedirection()).andExpect(redirectedUrl("/"));
    }

    @Test
    void formLoginWithoutCsrfTokenIsRefused() throws Exception {
        User user = fixtures.user(Set.of(Role.DISPATCHER), fixtures.organization());
        mvc.perform(post("/login").param("username", user.username()).param("password", Fixtures.PASSWORD))
                .andExpect(status().isForbidden());
    }

    @Test
    void passwordsAreStoredAsArgon2Hashes() {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        String hash = jdbc.sql("select password_hash from app_user where id = :id").param("id", user.id())
                .query(String.class).single();
        assertThat(hash).startsWith("{argon2}$argon2id$").doesNotContain(Fixtures.PASSWORD);
    }

    @Test
    void repeatedWrongPasswordsLockTheLoginEvenForTheRightPassword() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        for (int i = 0; i < 5; i++) {
            mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), "wrong-password-" + i)))
                    .andExpect(status().isUnauthorized());
        }
        var refused = mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized()).andReturn();
        assertThat(refused.getResponse().getContentAsString()).contains("Too many failed logins");
    }

    @Test
    void aDisabledUserCannotLogIn() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        jdbc.sql("update app_user set enabled = false where id = :id").param("id", user.id()).update();
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isUnauthorized());
    }

    @Test
    void roleChangesApplyToTheNextRequestWithoutLoggingInAgain() throws Exception {
        User user = fixtures.user(Set.of(Role.VIEWER), fixtures.organization());
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(status().isOk())
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("VIEWER"));
        jdbc.sql("update user_role set role = 'DISPATCHER' where user_id = :id").param("id", user.id()).update();
        mvc.perform(get("/api/v1/me").with(httpBasic(user.username(), Fixtures.PASSWORD)))
                .andExpect(r -> assertThat(r.getResponse().getContentAsString()).contains("DISPATCHER")
                        .doesNotContain("VIEWER"));
    }
}
