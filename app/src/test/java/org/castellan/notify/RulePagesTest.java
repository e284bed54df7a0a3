package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Set;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.ConsoleSession;
import org.castellan.testsupport.Fixtures;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

/** The console's rule pages: list, the form with steps, field errors, enable/disable and delete (MockMvc). */
class RulePagesTest extends RuleTestBase {
    @Test
    void anAdministratorCreatesARuleWithStepsFromTheForm() throws Exception {
        RuleScenario s = scenario();
        User admin = s.person(Set.of(Role.ADMIN));
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        MockHttpSession session = login(admin);

        String form = mvc.perform(get("/notifications/rules/new?lang=ru").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        mvc.perform(filled(post("/notifications/rules/new"), s, dispatcher).session(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications/rules"));

        assertThat(form).contains("Новое правило").contains("Эскалация").contains(dispatcher.username());
        NotificationRule rule = service.rules(CurrentUser.system(), s.org.id()).get(0);
        assertThat(rule.name()).isEqualTo("Котельные");
        assertThat(rule.kinds()).containsExactly("device.offline", "meter.*");
        assertThat(rule.channels()).containsExactlyInAnyOrder(ChannelKind.EMAIL, ChannelKind.SMS, ChannelKind.WEBHOOK);
        assertThat(rule.userIds()).containsExactly(dispatcher.id());
        assertThat(rule.endpointIds()).containsExactlyInAnyOrder(3L, 4L);
        assertThat(rule.quietHours().from()).hasHour(22);
        assertThat(rule.grace()).hasSeconds(45);
        assertThat(rule.steps()).singleElement().satisfies(step -> {
            assertThat(step.after()).hasMinutes(10);
            assertThat(step.roles()).containsExactly(Role.ADMIN);
        });
        String list = mvc.perform(get("/notifications/rules?lang=en").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(list).contains("Котельные").contains("device.offline, meter.*").contains("1 escalation steps");
    }

    @Test
    void aRefusedFormComesBackWithTheProblemNextToItsField() throws Exception {
        RuleScenario s = scenario();
        User admin = s.person(Set.of(Role.ADMIN));
        User dispatcher = s.person(Set.of(Role.DISPATCHER));

        String body = mvc.perform(filled(post("/notifications/rules/new"), s, dispatcher).param("kinds", "Door!")
                        .session(login(admin)).with(csrf()))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("<span class=\"field-error\">&#39;Door!&#39; is not an event or alarm type");
        assertThat(service.rules(CurrentUser.system(), s.org.id())).isEmpty();
    }

    @Test
    void aRuleIsDisabledEnabledEditedAndDeletedFromTheConsole() throws Exception {
        RuleScenario s = scenario();
        User admin = s.person(Set.of(Role.ADMIN));
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        NotificationRule rule = s.rule(s.form(NotificationRule.Subject.ALARMS).users(dispatcher).build());
        MockHttpSession session = login(admin);
        String base = "/notifications/rules/" + rule.id();

        mvc.perform(post(base + "/disable").session(session).with(csrf())).andExpect(redirectedUrl("/notifications/rules"));
        assertThat(service.rule(CurrentUser.system(), rule.id()).enabled()).isFalse();
        mvc.perform(post(base + "/enable").session(session).with(csrf())).andExpect(redirectedUrl("/notifications/rules"));
        assertThat(service.rule(CurrentUser.system(), rule.id()).enabled()).isTrue();
        String edit = mvc.perform(get(base + "/edit").session(session)).andExpect(status().isOk())
                .andReturn().getResponse().getContentAsString();
        assertThat(edit).contains("value=\"rule\"");
        mvc.perform(filled(post(base + "/edit"), s, dispatcher).session(session).with(csrf()))
                .andExpect(redirectedUrl("/notifications/rules"));
        assertThat(service.rule(CurrentUser.system(), rule.id()).name()).isEqualTo("Котельные");
        mvc.perform(post(base + "/delete").session(session).with(csrf())).andExpect(redirectedUrl("/notifications/rules"));
        assertThat(service.rules(CurrentUser.system(), s.org.id())).isEmpty();
    }

    @Test
    void aDispatcherIsRefusedAndAnotherOrganizationsRuleIsNotFound() throws Exception {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        NotificationRule rule = s.rule(s.form(NotificationRule.Subject.ALARMS).users(dispatcher).build());
        MockHttpSession stranger = login(fixtures.user(Set.of(Role.ADMIN), fixtures.organization()));

        mvc.perform(get("/notifications/rules").session(login(dispatcher))).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/rules/" + rule.id() + "/edit").session(stranger))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/rules/" + rule.id() + "/delete").session(stranger).with(csrf()))
                .andExpect(status().isNotFound());
    }

    private static MockHttpServletRequestBuilder filled(MockHttpServletRequestBuilder request, RuleScenario s,
                                                        User dispatcher) {
        return request.param("orgId", String.valueOf(s.org.id())).param("name", "Котельные")
                .param("enabled", "true").param("_enabled", "on").param("subject", "ALARMS")
                .param("kinds", "device.offline, meter.*").param("minSeverity", "MAJOR")
                .param("channels", "EMAIL", "SMS", "WEBHOOK").param("userIds", String.valueOf(dispatcher.id()))
                .param("endpointIds", "3, 4")
                .param("quietFrom", "22:00").param("quietTo", "07:00").param("quietZone", "Europe/Moscow")
                .param("graceSeconds", "45").param("reminderMinutes", "")
                .param("steps[0].afterMinutes", "10").param("steps[0].roles", "ADMIN")
                .param("steps[1].afterMinutes", "");
    }

    private MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }
}
