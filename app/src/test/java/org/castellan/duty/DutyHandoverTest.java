package org.castellan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.castellan.audit.AuditFilter;
import org.castellan.audit.AuditLog;
import org.castellan.events.Event;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.org.Organization;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.ForbiddenException;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The duty log's rules through {@link DutyService}: the handover workflow of DB33/T 830 §4.4.1.4 and its refusals. */
class DutyHandoverTest extends IntegrationTest {
    @Autowired
    DutyService duty;
    @Autowired
    EventJournal journal;
    @Autowired
    AuditLog audit;

    private CurrentUser dispatcher(Organization org) {
        return fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER), org));
    }

    @Test
    void theOutgoingDispatcherConfirmsAndAnotherOneAcceptsWhichEndsTheOldShiftAndOpensTheirs() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        CurrentUser boris = dispatcher(org);

        Shift first = duty.startShift(anna, org.id());
        duty.addEntry(anna, first.id(), EntryKind.INSPECTION, "Machine room 22 °C, hosts running");
        duty.addEntry(anna, first.id(), EntryKind.NOTE, "Gate 2 reader slow");
        Handover confirmed = duty.confirmHandover(anna, first.id(), "Nothing open");
        assertThatThrownBy(() -> duty.acceptHandover(anna, confirmed.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.acceptOwnHandover");
        Handover accepted = duty.acceptHandover(boris, confirmed.id(), "Taken over");

        Shift old = duty.shift(anna, first.id());
        Shift next = duty.current(boris, org.id()).orElseThrow();
        assertThat(old.state()).isEqualTo(ShiftState.HANDED_OVER);
        assertThat(old.endedAt()).isEqualTo(accepted.acceptedAt());
        assertThat(next.dispatcherId()).isEqualTo(boris.id());
        assertThat(next.startedAt()).isEqualTo(accepted.acceptedAt());
        assertThat(next.plannedEnd()).isEqualTo(next.startedAt().plus(Duration.ofHours(24)));
        assertThat(accepted.state()).isEqualTo(HandoverState.ACCEPTED);
        assertThat(accepted.fromShiftId()).isEqualTo(first.id());
        assertThat(accepted.toShiftId()).isEqualTo(next.id());
        assertThat(accepted.outgoingName()).isEqualTo(anna.displayName());
        assertThat(accepted.outgoingNote()).isEqualTo("Nothing open");
        assertThat(accepted.confirmedAt()).isEqualTo(confirmed.confirmedAt()).isBeforeOrEqualTo(accepted.acceptedAt());
        assertThat(accepted.incomingId()).isEqualTo(boris.id());
        assertThat(accepted.acceptedNote()).isEqualTo("Taken over");
        assertThat(accepted.situation()).isEmpty(); // a new organization has no open alarms
        assertThat(duty.entries(boris, first.id())).extracting(DutyEntry::kind)
                .containsExactly(EntryKind.INSPECTION, EntryKind.NOTE);
        assertThat(duty.handovers(boris, org.id(), 10)).containsExactly(accepted);
    }

    @Test
    void startConfirmAndAcceptAreJournalledWithTheActingPerson() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        CurrentUser boris = dispatcher(org);
        Shift first = duty.startShift(anna, org.id());
        Handover handover = duty.confirmHandover(anna, first.id(), null);
        duty.acceptHandover(boris, handover.id(), null);

        List<Event> events = journal.find(CurrentUser.system(), EventFilter.latest(10).org(org.id()).type("duty.*"))
                .reversed();

        assertThat(events).extracting(Event::type).containsExactly("duty.shift_started", "duty.handover_confirmed",
                "duty.shift_started", "duty.handover_accepted");
        assertThat(events).extracting(Event::personId).containsExactly(anna.id(), anna.id(), boris.id(), boris.id());
        assertThat(events).extracting(Event::source).containsOnly("duty");
    }

    @Test
    void everyStepIsAudited() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        CurrentUser boris = dispatcher(org);
        Shift first = duty.startShift(anna, org.id());
        Handover handover = duty.confirmHandover(anna, first.id(), null);
        duty.acceptHandover(boris, handover.id(), null);

        var entries = audit.search(CurrentUser.system(), new AuditFilter(org.id(), null, null, null, null, null, 50));

        assertThat(entries).filteredOn(e -> e.entityType().startsWith("duty_"))
                .extracting(e -> e.entityType() + " " + e.action() + " " + e.actorName()).containsExactly(
                "duty_handover UPDATE " + boris.username(), "duty_shift CREATE " + boris.username(),
                "duty_shift UPDATE " + boris.username(), "duty_handover CREATE " + anna.username(),
                "duty_shift CREATE " + anna.username());
    }

    @Test
    void aSecondOpenShiftInTheOrganizationIsRefused() {
        Organization org = fixtures.organization();
        duty.startShift(dispatcher(org), org.id());
        CurrentUser other = dispatcher(org);

        assertThatThrownBy(() -> duty.startShift(other, org.id()))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.shiftOpen");
    }

    @Test
    void anotherOrganizationMayHaveItsOwnShiftAtTheSameTime() {
        Organization one = fixtures.organization();
        Organization two = fixtures.organization();
        duty.startShift(dispatcher(one), one.id());

        assertThat(duty.startShift(dispatcher(two), two.id()).open()).isTrue();
    }

    @Test
    void entriesAreRefusedOnceTheShiftIsHandedOver() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        Shift first = duty.startShift(anna, org.id());
        duty.acceptHandover(dispatcher(org), duty.confirmHandover(anna, first.id(), null).id(), null);
        CurrentUser admin = fixtures.caller(fixtures.user(Set.of(Role.ADMIN), org));

        assertThatThrownBy(() -> duty.addEntry(anna, first.id(), EntryKind.NOTE, "late"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.shiftNotOpen");
        assertThatThrownBy(() -> duty.addEntry(admin, first.id(), EntryKind.NOTE, "late"))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void onlyTheShiftsDispatcherOrAnAdministratorWritesItsLog() {
        Organization org = fixtures.organization();
        Shift shift = duty.startShift(dispatcher(org), org.id());
        CurrentUser colleague = dispatcher(org);
        CurrentUser admin = fixtures.caller(fixtures.user(Set.of(Role.ADMIN), org));

        assertThatThrownBy(() -> duty.addEntry(colleague, shift.id(), EntryKind.NOTE, "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThat(duty.addEntry(admin, shift.id(), EntryKind.INCIDENT, "Checked by admin").authorId())
                .isEqualTo(admin.id());
    }

    @Test
    void aBlankOrOverlongEntryIsAFieldError() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        Shift shift = duty.startShift(anna, org.id());

        assertThatThrownBy(() -> duty.addEntry(anna, shift.id(), EntryKind.NOTE, "  "))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("text"));
        assertThatThrownBy(() -> duty.addEntry(anna, shift.id(), EntryKind.NOTE, "x".repeat(4001)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aViewerReadsTheLogButCannotStartWriteConfirmOrAccept() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        CurrentUser viewer = fixtures.caller(fixtures.user(Set.of(Role.VIEWER), org));
        assertThatThrownBy(() -> duty.startShift(viewer, org.id())).isInstanceOf(ForbiddenException.class);
        Shift shift = duty.startShift(anna, org.id());
        Handover handover = duty.confirmHandover(anna, shift.id(), null);

        assertThat(duty.current(viewer, org.id())).contains(shift);
        assertThatThrownBy(() -> duty.addEntry(viewer, shift.id(), EntryKind.NOTE, "x"))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> duty.acceptHandover(viewer, handover.id(), null))
                .isInstanceOf(ForbiddenException.class);
        assertThatThrownBy(() -> duty.cancelHandover(viewer, handover.id())).isInstanceOf(ForbiddenException.class);
    }

    @Test
    void onlyTheOutgoingDispatcherConfirmsTheHandover() {
        Organization org = fixtures.organization();
        Shift shift = duty.startShift(dispatcher(org), org.id());
        CurrentUser colleague = dispatcher(org);

        assertThatThrownBy(() -> duty.confirmHandover(colleague, shift.id(), null))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void aShiftHasAtMostOneHandoverWaitingAndACancelledOneMayBeConfirmedAgain() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        Shift shift = duty.startShift(anna, org.id());
        Handover first = duty.confirmHandover(anna, shift.id(), "first");
        assertThatThrownBy(() -> duty.confirmHandover(anna, shift.id(), "again"))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.handoverPending");

        Handover cancelled = duty.cancelHandover(anna, first.id());
        Handover second = duty.confirmHandover(anna, shift.id(), "second");

        assertThat(cancelled.state()).isEqualTo(HandoverState.CANCELLED);
        assertThat(cancelled.cancelledAt()).isNotNull();
        assertThatThrownBy(() -> duty.acceptHandover(dispatcher(org), first.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.handoverNotPending");
        assertThat(duty.pendingHandover(anna, shift.id())).contains(second);
        assertThat(duty.current(anna, org.id())).contains(shift);
    }

    @Test
    void aHandoverCanBeAcceptedOnlyOnce() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        Handover handover = duty.confirmHandover(anna, duty.startShift(anna, org.id()).id(), null);
        duty.acceptHandover(dispatcher(org), handover.id(), null);
        CurrentUser late = dispatcher(org);

        assertThatThrownBy(() -> duty.acceptHandover(late, handover.id(), null))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.handoverNotPending");
    }

    @Test
    void shiftsAndHandoversOfAnotherOrganizationAreNotFound() {
        Organization mine = fixtures.organization();
        Organization theirs = fixtures.organization();
        CurrentUser outsider = fixtures.caller(fixtures.user(Set.of(Role.DISPATCHER, Role.ADMIN), mine));
        CurrentUser theirDispatcher = dispatcher(theirs);
        Shift shift = duty.startShift(theirDispatcher, theirs.id());
        Handover handover = duty.confirmHandover(theirDispatcher, shift.id(), null);

        assertThatThrownBy(() -> duty.startShift(outsider, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duty.current(outsider, theirs.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duty.shift(outsider, shift.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duty.addEntry(outsider, shift.id(), EntryKind.NOTE, "x"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duty.acceptHandover(outsider, handover.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> duty.handovers(outsider, theirs.id(), 10)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void closingAShiftEndsItWithoutSuccessorAndWithdrawsItsWaitingHandover() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        Shift shift = duty.startShift(anna, org.id());
        Handover handover = duty.confirmHandover(anna, shift.id(), null);

        Shift closed = duty.closeShift(anna, shift.id());

        assertThat(closed.state()).isEqualTo(ShiftState.CLOSED);
        assertThat(closed.endedAt()).isNotNull();
        assertThat(duty.handover(anna, handover.id()).state()).isEqualTo(HandoverState.CANCELLED);
        assertThat(duty.current(anna, org.id())).isEmpty();
    }

    @Test
    void aConfirmationIsRefusedWhenTheSituationIsNotTheOneTheDispatcherLookedAt() {
        Organization org = fixtures.organization();
        CurrentUser anna = dispatcher(org);
        Shift shift = duty.startShift(anna, org.id());
        String seenBeforeAnAlarm = Situation.fingerprint(List.of(
                new SituationItem("alarm", 1, "Door forced", "CRITICAL", null)));

        assertThatThrownBy(() -> duty.confirmHandover(anna, shift.id(), null, seenBeforeAnAlarm))
                .isInstanceOf(ConflictException.class).hasMessageContaining("duty.error.situationChanged");
        assertThat(duty.pendingHandover(anna, shift.id())).isEmpty();
        String seen = Situation.fingerprint(duty.prepareHandover(anna, shift.id()));
        assertThat(duty.confirmHandover(anna, shift.id(), null, seen).pending()).isTrue();
    }
}
