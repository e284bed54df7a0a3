package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.Map;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.notify.NotificationRule.Subject;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.castellan.users.UserForm;
import org.junit.jupiter.api.Test;

/** Who a rule reaches: users by id, groups by role within the organization, endpoints; each by the channels. */
class RuleRecipientsTest extends RuleTestBase {
    @Test
    void aGroupIsEveryEnabledUserOfTheOrganizationWithTheRole() {
        RuleScenario s = scenario();
        RuleScenario other = scenario();
        User first = s.person(Set.of(Role.DISPATCHER));
        User second = s.person(Set.of(Role.DISPATCHER, Role.ENGINEER));
        s.person(Set.of(Role.ENGINEER));
        other.person(Set.of(Role.DISPATCHER));
        s.rule(s.form(Subject.EVENTS).roles(Role.DISPATCHER).build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).extracting(Message::userId).containsExactlyInAnyOrder(first.id(), second.id());
    }

    @Test
    void aUserNamedAndInTheGroupGetsOneMessagePerChannel() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER), "duty@example.org", "+79161234567", "en", "UTC");
        s.rule(s.form(Subject.EVENTS).users(dispatcher).roles(Role.DISPATCHER)
                .channels(ChannelKind.EMAIL, ChannelKind.SMS).build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).extracting(Message::channel, Message::address).containsExactlyInAnyOrder(
                tuple(ChannelKind.EMAIL, "duty@example.org"), tuple(ChannelKind.SMS, "+79161234567"));
    }

    @Test
    void usersWithoutAnAddressForTheChannelAreSkipped() {
        RuleScenario s = scenario();
        User mailOnly = s.person(Set.of(Role.DISPATCHER), "mail@example.org", null, "en", "UTC");
        User phoneOnly = s.person(Set.of(Role.DISPATCHER), null, "+8613800138000", "zh", "Asia/Shanghai");
        s.rule(s.form(Subject.EVENTS).users(mailOnly, phoneOnly).channels(ChannelKind.SMS).build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).singleElement().satisfies(m -> {
            assertThat(m.userId()).isEqualTo(phoneOnly.id());
            assertThat(m.channel()).isEqualTo(ChannelKind.SMS);
        });
    }

    @Test
    void endpointsGetTheRulesEndpointChannelsWithTheFactsAsPayload() {
        RuleScenario s = scenario();
        NotificationRule rule = s.rule(s.form(Subject.ALARMS).endpoints(41L, 42L).channels(ChannelKind.WEBHOOK).build());
        long alarm = RuleScenario.nextId();

        s.store(s.alarm("alarm.raised", alarm, "door.forced", EventSeverity.MAJOR, RuleScenario.T0, null));

        assertThat(s.sent()).extracting(Message::channel, Message::address, Message::userId)
                .containsExactly(tuple(ChannelKind.WEBHOOK, "41", null), tuple(ChannelKind.WEBHOOK, "42", null));
        assertThat(s.sent().get(0).ruleId()).isEqualTo(rule.id());
        assertThat(s.sent().get(0).payload()).containsEntry("alarmId", alarm).containsEntry("type", "door.forced")
                .containsEntry("severity", "MAJOR");
    }

    @Test
    void aDisabledUserIsNotNotified() {
        RuleScenario s = scenario();
        User leaver = s.person(Set.of(Role.DISPATCHER));
        UserForm form = UserForm.of(leaver);
        users.update(CurrentUser.system(), leaver.id(), new UserForm(form.username(), form.displayName(), "",
                form.roles(), form.orgIds(), false, form.locale(), form.timeZone(), false));
        s.rule(s.form(Subject.EVENTS).roles(Role.DISPATCHER).build());

        s.store(s.event("device.offline", EventSeverity.MAJOR, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).isEmpty();
    }
}
