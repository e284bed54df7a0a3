package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.Map;
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
import org.springframework.mock.web.MockHttpSession;

/** The console's delivery log and endpoint pages: who sees what, filters, forms and their field errors. */
class DeliveryPagesTest extends IntegrationTest {
    @Autowired
    Outbox outbox;
    @Autowired
    EndpointService endpoints;

    MockHttpSession login(User user) throws Exception {
        return ConsoleSession.login(mvc, user.username(), Fixtures.PASSWORD);
    }

    String page(MockHttpSession session, String path) throws Exception {
        return mvc.perform(get(path).session(session)).andExpect(status().isOk()).andReturn().getResponse()
                .getContentAsString();
    }

    long suppressed(Organization org, String subject) {
        return outbox.suppressed(new Message(org.id(), ChannelKind.EMAIL, "night@example.com", null, subject, "b",
                Map.of(), null, null, null), "quiet hours");
    }

    @Test
    void aDispatcherSeesTheDeliveriesOfTheirOrganizationWithReasonsButNotOthers() throws Exception {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        suppressed(mine, "Моя тема 我的");
        suppressed(theirs, "Their subject");
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), mine));

        String list = page(session, "/notifications/deliveries?lang=en");

        assertThat(list).contains("Моя тема 我的").contains("quiet hours").contains("Suppressed")
                .doesNotContain("Their subject");
    }

    @Test
    void theStatusFilterShowsOnlyDeliveriesInThatStatus() throws Exception {
        Organization org = fixtures.organization();
        suppressed(org, "Suppressed one");
        outbox.enqueue(new Message(org.id(), ChannelKind.SMS, "+79990000000", null, "Queued one", "q", Map.of(),
                null, null, null));
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        String list = page(session, "/notifications/deliveries?orgId=" + org.id() + "&status=SUPPRESSED");

        assertThat(list).contains("Suppressed one").doesNotContain("Queued one");
    }

    @Test
    void theLogIsInRussianAndChineseToo() throws Exception {
        Organization org = fixtures.organization();
        suppressed(org, "subject");
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        assertThat(page(session, "/notifications/deliveries?lang=ru")).contains("Доставка уведомлений").contains("Подавлено");
        assertThat(page(session, "/notifications/deliveries?lang=zh")).contains("通知投递记录").contains("已抑制");
    }

    @Test
    void aViewerMayNotReadTheDeliveryLog() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.VIEWER), org));

        mvc.perform(get("/notifications/deliveries").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void retryingADeliveryThatDidNotFailIsRefused() throws Exception {
        Organization org = fixtures.organization();
        long id = suppressed(org, "subject");
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        mvc.perform(post("/notifications/deliveries/" + id + "/retry").session(session).with(csrf()))
                .andExpect(status().isConflict());
    }

    @Test
    void anAdministratorAddsAWebhookAndSeesOnlyTheEndOfItsSecret() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));
        String name = fixtures.unique("Hook");

        mvc.perform(post("/notifications/endpoints/new").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("kind", "WEBHOOK").param("name", name)
                        .param("url", "https://receiver.example.com/castellan")
                        .param("secret", "0123456789abcdef-WXYZ").param("enabled", "true"))
                .andExpect(status().is3xxRedirection())
                .andExpect(redirectedUrl("/notifications/endpoints?orgId=" + org.id()));

        String list = page(session, "/notifications/endpoints?orgId=" + org.id());
        assertThat(list).contains(name).contains("https://receiver.example.com/castellan").contains("…WXYZ")
                .doesNotContain("0123456789abcdef");
    }

    @Test
    void aWebhookWithAShortSecretIsAFieldErrorAndNothingIsSaved() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        String body = mvc.perform(post("/notifications/endpoints/new?lang=en").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("kind", "WEBHOOK").param("name", "Short")
                        .param("url", "https://receiver.example.com/").param("secret", "short"))
                .andExpect(status().isBadRequest()).andReturn().getResponse().getContentAsString();

        assertThat(body).contains("The signing secret needs at least 16 characters.");
        assertThat(endpoints.endpoints(CurrentUser.system(), org.id())).isEmpty();
    }

    @Test
    void unticking_enabled_disablesAnEndpointAndKeepsItsSecret() throws Exception {
        Organization org = fixtures.organization();
        Endpoint hook = endpoints.create(CurrentUser.system(), new EndpointForm(org.id(), ChannelKind.WEBHOOK,
                fixtures.unique("Hook"), "http://127.0.0.1:9/hook", null, "secret-secret-secret-1234", true));
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), org));

        mvc.perform(post("/notifications/endpoints/" + hook.id() + "/edit").session(session).with(csrf())
                        .param("orgId", String.valueOf(org.id())).param("kind", "WEBHOOK").param("name", hook.name())
                        .param("url", hook.url()).param("secret", ""))
                .andExpect(status().is3xxRedirection());

        Endpoint after = endpoints.endpoint(CurrentUser.system(), hook.id());
        assertThat(after.enabled()).isFalse();
        assertThat(after.secretHint()).isEqualTo("…1234");
    }

    @Test
    void aDispatcherMayNotManageEndpoints() throws Exception {
        Organization org = fixtures.organization();
        MockHttpSession session = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        mvc.perform(get("/notifications/endpoints").session(session)).andExpect(status().isForbidden());
        mvc.perform(get("/notifications/endpoints/new").session(session)).andExpect(status().isForbidden());
    }

    @Test
    void anEndpointOfAnotherOrganizationIsNotFound() throws Exception {
        Organization theirs = fixtures.organization();
        Endpoint hook = endpoints.create(CurrentUser.system(), new EndpointForm(theirs.id(), ChannelKind.MQTT,
                fixtures.unique("Topic"), null, "castellan/x", null, true));
        MockHttpSession session = login(fixtures.user(Set.of(Role.ADMIN), fixtures.organization()));

        mvc.perform(get("/notifications/endpoints/" + hook.id() + "/edit").session(session))
                .andExpect(status().isNotFound());
        mvc.perform(post("/notifications/endpoints/" + hook.id() + "/test").session(session).with(csrf()))
                .andExpect(status().isNotFound());
    }
}
