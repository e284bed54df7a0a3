package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Set;
import java.util.function.Consumer;
import org.castellan.notify.NotificationRule.Subject;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.ForbiddenException;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.InvalidInputException.FieldProblem;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;

/** A rule that could never work is refused with the field and the reason, and nothing is stored. */
class RuleValidationTest extends RuleTestBase {
    @Test
    void aKindThatIsNotATypeIsRefused() {
        assertRefused(f -> f.kinds = java.util.List.of("device.offline", "Device Offline"), "kinds", "rule.error.kind");
    }

    @Test
    void aRuleWithoutChannelsIsRefused() {
        assertRefused(f -> f.channels = Set.of(), "channels", "rule.error.noChannel");
    }

    @Test
    void aRuleWithoutRecipientsIsRefused() {
        assertRefused(f -> f.userIds = Set.of(), "userIds", "rule.error.noRecipient");
    }

    @Test
    void peopleWithOnlyEndpointChannelsAreRefused() {
        assertRefused(f -> f.channels = Set.of(ChannelKind.WEBHOOK), "channels", "rule.error.noPersonalChannel");
    }

    @Test
    void endpointsWithoutAnEndpointChannelAreRefused() {
        assertRefused(f -> f.endpointIds = Set.of(7L), "channels", "rule.error.noEndpointChannel");
    }

    @Test
    void aUserOfAnotherOrganizationIsRefused() {
        RuleScenario other = scenario();
        User stranger = other.person(Set.of(Role.DISPATCHER));
        assertRefused(f -> f.userIds = Set.of(stranger.id()), "userIds", "rule.error.user");
    }

    @Test
    void aSiteOfAnotherOrganizationIsRefused() {
        long foreignSite = fixtures.site(fixtures.organization()).id();
        assertRefused(f -> f.siteId = foreignSite, "siteId", "rule.error.site");
    }

    @Test
    void quietHoursWithOneEndOnlyAreRefused() {
        assertRefused(f -> f.quietFrom = java.time.LocalTime.of(22, 0), "quietTo", "rule.error.quietBoth");
    }

    @Test
    void quietHoursStartingAndEndingAtOnceAreRefused() {
        assertRefused(f -> f.quiet("22:00", "22:00", "UTC"), "quietTo", "rule.error.quietEmpty");
    }

    @Test
    void quietHoursInAnUnknownZoneAreRefused() {
        assertRefused(f -> f.quiet("22:00", "07:00", "Mars/Olympus"), "quietZone", "validation.timeZone");
    }

    @Test
    void graceRemindersAndEscalationOnAnEventRuleAreRefused() {
        assertRefused(f -> {
            f.subject = Subject.EVENTS;
            f.graceSeconds = 30;
        }, "subject", "rule.error.alarmsOnly");
    }

    @Test
    void escalationStepsOutOfOrderAreRefused() {
        assertRefused(f -> {
            f.steps.add(new NotificationRuleForm.StepForm(15, Set.of(), Set.of(Role.ADMIN)));
            f.steps.add(new NotificationRuleForm.StepForm(10, Set.of(), Set.of(Role.ADMIN)));
        }, "steps", "rule.error.stepOrder");
    }

    @Test
    void anEscalationStepWithoutRecipientsIsRefused() {
        assertRefused(f -> f.steps.add(new NotificationRuleForm.StepForm(15, Set.of(), Set.of())), "steps",
                "rule.error.stepRecipient");
    }

    @Test
    void aDispatcherMayNotManageRules() {
        RuleScenario s = scenario();
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        NotificationRuleForm form = s.form(Subject.ALARMS).users(dispatcher).build();

        assertThatThrownBy(() -> service.create(fixtures.caller(dispatcher), form))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anAdministratorOfAnotherOrganizationDoesNotFindTheRule() {
        RuleScenario s = scenario();
        NotificationRule rule = s.rule(s.form(Subject.ALARMS).users(s.person(Set.of(Role.DISPATCHER))).build());
        CurrentUser stranger = fixtures.caller(fixtures.user(Set.of(Role.ADMIN), fixtures.organization()));

        assertThatThrownBy(() -> service.rule(stranger, rule.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> service.delete(stranger, rule.id())).isInstanceOf(NotFoundException.class);
        assertThat(service.rules(stranger, null)).extracting(NotificationRule::id).doesNotContain(rule.id());
    }

    private void assertRefused(Consumer<RuleScenario.RuleForm> change, String field, String key) {
        RuleScenario s = scenario();
        RuleScenario.RuleForm form = s.form(Subject.ALARMS).users(s.person(Set.of(Role.DISPATCHER)));
        change.accept(form);

        assertThatThrownBy(() -> s.rule(form.build())).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).extracting(FieldProblem::field, FieldProblem::messageKey)
                        .contains(org.assertj.core.api.Assertions.tuple(field, key)));
        assertThat(service.rules(CurrentUser.system(), s.org.id())).isEmpty();
    }
}
