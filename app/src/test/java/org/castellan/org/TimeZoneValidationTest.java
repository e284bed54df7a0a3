package org.castellan.org;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.jsonPath;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.castellan.testsupport.IntegrationTest;
import org.hamcrest.Matchers;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

/** An unknown time zone is reported together with the other field problems, not only after they are fixed. */
class TimeZoneValidationTest extends IntegrationTest {

    @Test
    void anUnknownZoneAndABadCodeAreReportedAtOnce() throws Exception {
        mvc.perform(post("/api/v1/orgs").with(httpBasic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Тест\",\"code\":\"bad code!\",\"timeZone\":\"Mars/Base\"}"))
                .andExpect(status().isBadRequest())
                .andExpect(jsonPath("$.errors[*].field", Matchers.containsInAnyOrder("code", "timeZone")));
    }

    @Test
    void aBlankSiteZoneStillMeansTheOrganizations() throws Exception {
        var org = fixtures.organization();
        mvc.perform(post("/api/v1/orgs/" + org.id() + "/sites").with(httpBasic("admin", ADMIN_PASSWORD))
                        .contentType(MediaType.APPLICATION_JSON)
                        .content("{\"name\":\"Склад\",\"address\":null,\"timeZone\":\"\"}"))
                .andExpect(status().isCreated());
    }
}
