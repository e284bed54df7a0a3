package org.castellan.testsupport;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MockMvc;

/**
 * Logs in to the console through its real login form and returns the session to send with later requests
 * ({@code .session(session)}). The console filter chain accepts only the form login (HTTP Basic and bearer tokens
 * are for {@code /api/**}), so page tests go through here.
 */
public final class ConsoleSession {
    private ConsoleSession() {
    }

    public static MockHttpSession login(MockMvc mvc, String username, String password) throws Exception {
        var result = mvc.perform(formLogin("/login").user(username).password(password))
                .andExpect(redirectedUrl("/"))
                .andReturn();
        return (MockHttpSession) result.getRequest().getSession(false);
    }
}
