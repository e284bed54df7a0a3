package org.castellan.duty;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.OrgService;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.ForbiddenException;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The duty log (DB33/T 830 §4.4.1). Anyone of an organization reads its shifts, entries and handovers; dispatchers
 * and administrators ({@link Role#DISPATCHER}, {@link Role#ADMIN}) act. Every change is audited (entities
 * {@code duty_shift}, {@code duty_entry}, {@code duty_handover}) and journalled ({@code duty.*} events, source
 * {@code duty}, person = the acting user) in the same transaction. An organization or shift outside the caller's
 * scope is {@link NotFoundException}; a missing role {@link ForbiddenException}; a step the state does not allow
 * (a second open shift, an entry on an ended shift, accepting one's own handover) {@link ConflictException}.
 * Thread-safe; concurrent starts and accepts are serialised by row locks and the one-open-shift index.
 */
@Service
@Transactional
public class DutyService {
    static final String SHIFT = "duty_shift";
    static final String ENTRY = "duty_entry";
    static final String HANDOVER = "duty_handover";
    static final int MAX_TEXT = 4000;

    private final DutyRepository repository;
    private final OrgService orgs;
    private final AuditLog audit;
    private final EventJournal journal;
    private final DutyProperties properties;
    private final ObjectProvider<SituationSource> sources;
    private final Clock clock;

    DutyService(DutyRepository repository, OrgService orgs, AuditLog audit, EventJournal journal,
                DutyProperties properties, ObjectProvider<SituationSource> sources, Clock clock) {
        this.repository = repository;
        this.orgs = orgs;
        this.audit = audit;
        this.journal = journal;
        this.properties = properties;
        this.sources = sources;
        this.clock = clock;
    }

    /** @return the organization's open shift, if someone is on duty */
    @Transactional(readOnly = true)
    public Optional<Shift> current(CurrentUser user, long orgId) {
        orgs.organization(user, orgId);
        return repository.openShift(orgId);
    }

    /** @return the organization's shifts, newest first */
    @Transactional(readOnly = true)
    public List<Shift> shifts(CurrentUser user, long orgId, int limit) {
        orgs.organization(user, orgId);
        return repository.shifts(orgId, Math.clamp(limit, 1, 1000));
    }

    @Transactional(readOnly = true)
    public Shift shift(CurrentUser user, long shiftId) {
        Shift shift = repository.shift(shiftId, false).orElseThrow(() -> new NotFoundException(SHIFT, shiftId));
        user.requireOrg(shift.orgId(), SHIFT, shiftId);
        return shift;
    }

    /** @return the shift's entries, oldest first */
    @Transactional(readOnly = true)
    public List<DutyEntry> entries(CurrentUser user, long shiftId) {
        return repository.entries(shift(user, shiftId).id());
    }

    /** @return the handover of the shift waiting for acceptance, if its dispatcher confirmed one */
    @Transactional(readOnly = true)
    public Optional<Handover> pendingHandover(CurrentUser user, long shiftId) {
        return repository.pendingHandover(shift(user, shiftId).id());
    }

    @Transactional(readOnly = true)
    public Handover handover(CurrentUser user, long handoverId) {
        Handover handover = repository.handover(handoverId, false)
                .orElseThrow(() -> new NotFoundException(HANDOVER, handoverId));
        user.requireOrg(handover.orgId(), HANDOVER, handoverId);
        return handover;
    }

    /** @return the organization's confirmed and accepted handovers (cancelled ones left out), newest first */
    @Transactional(readOnly = true)
    public List<Handover> handovers(CurrentUser user, long orgId, int limit) {
        orgs.organization(user, orgId);
        return repository.handovers(orgId, Math.clamp(limit, 1, 1000));
    }

    /** Opens a shift for the caller: 24-hour duty by default ({@link DutyProperties}). */
    public Shift startShift(CurrentUser user, long orgId) {
        orgs.organization(user, orgId);
        requireActor(user);
        Shift shift = open(user, orgId, clock.instant());
        audit.record(user, orgId, SHIFT, shift.id(), AuditAction.CREATE, null, shift);
        return shift;
    }

    /** Writes an entry on an open shift: its dispatcher, or an administrator. */
    public DutyEntry addEntry(CurrentUser user, long shiftId, EntryKind kind, String text) {
        Shift shift = shift(user, shiftId);
        requireActor(user);
        if (shift.dispatcherId() != user.id() && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("only the shift's dispatcher or an administrator writes its log");
        }
        if (!shift.open()) {
            throw new ConflictException("duty.error.shiftNotOpen");
        }
        String clean = text == null ? "" : text.strip();
        if (clean.isEmpty() || clean.length() > MAX_TEXT) {
            throw new InvalidInputException("text", "duty.validation.text", MAX_TEXT);
        }
        if (kind == null) {
            throw new InvalidInputException("kind", "duty.validation.kind");
        }
        long id = repository.insertEntry(shift, user.id(), user.displayName(), clock.instant(), kind, clean);
        DutyEntry entry = repository.entry(id).orElseThrow();
        audit.record(user, shift.orgId(), ENTRY, id, AuditAction.CREATE, null, entry);
        return entry;
    }

    /** @return what is open in the shift's organization now, for the outgoing dispatcher to look over */
    @Transactional(readOnly = true)
    public List<SituationItem> prepareHandover(CurrentUser user, long shiftId) {
        return situation().snapshot(shift(user, shiftId).orgId());
    }

    /**
     * The outgoing dispatcher confirms the current situation (DB33/T 830 §4.4.1.4): the snapshot, their note and
     * the time are stored, and the shift waits for someone to accept it.
     */
    public Handover confirmHandover(CurrentUser user, long shiftId, String note) {
        return confirmHandover(user, shiftId, note, null);
    }

    /**
     * As {@link #confirmHandover(CurrentUser, long, String)}, refused ({@code duty.error.situationChanged}) when the
     * situation is no longer the one the dispatcher looked at ({@link Situation#fingerprint}; null: not checked).
     */
    public Handover confirmHandover(CurrentUser user, long shiftId, String note, String seen) {
        Shift shift = repository.shift(shiftId, true).orElseThrow(() -> new NotFoundException(SHIFT, shiftId));
        user.requireOrg(shift.orgId(), SHIFT, shiftId);
        requireActor(user);
        if (shift.dispatcherId() != user.id()) {
            throw new ForbiddenException("only the shift's dispatcher hands it over");
        }
        if (!shift.open()) {
            throw new ConflictException("duty.error.shiftNotOpen");
        }
        if (repository.pendingHandover(shiftId).isPresent()) {
            throw new ConflictException("duty.error.handoverPending");
        }
        List<SituationItem> items = situation().snapshot(shift.orgId());
        if (seen != null && !seen.isBlank() && !seen.equals(Situation.fingerprint(items))) {
            throw new ConflictException("duty.error.situationChanged");
        }
        Instant now = clock.instant();
        long id = repository.insertHandover(shift, user.id(), user.displayName(), items, note(note), now);
        Handover handover = repository.handover(id, false).orElseThrow();
        audit.record(user, shift.orgId(), HANDOVER, id, AuditAction.CREATE, null, handover);
        journal.append(NewEvent.of(shift.orgId(), now, "duty.handover_confirmed", EventSeverity.INFO,
                        user.displayName() + " confirmed the handover of the duty shift (" + items.size()
                                + " open item(s))")
                .person(user.id()).source("duty")
                .data(Map.of("shiftId", shiftId, "handoverId", id, "openItems", items.size())));
        return handover;
    }

    /**
     * Another dispatcher of the organization accepts: the old shift is handed over (ended now), a shift opens
     * for them, and their acceptance is recorded with the time and their note.
     */
    public Handover acceptHandover(CurrentUser user, long handoverId, String note) {
        Handover handover = lockedPending(user, handoverId);
        if (handover.outgoingId() == user.id()) {
            throw new ConflictException("duty.error.acceptOwnHandover");
        }
        Shift old = repository.shift(handover.fromShiftId(), true).orElseThrow();
        Instant now = clock.instant();
        repository.endShift(old.id(), ShiftState.HANDED_OVER, now);
        audit.record(user, old.orgId(), SHIFT, old.id(), AuditAction.UPDATE, old,
                repository.shift(old.id(), false).orElseThrow());
        Shift next = open(user, old.orgId(), now);
        audit.record(user, old.orgId(), SHIFT, next.id(), AuditAction.CREATE, null, next);
        repository.accept(handoverId, next.id(), user.id(), user.displayName(), note(note), now);
        Handover accepted = repository.handover(handoverId, false).orElseThrow();
        audit.record(user, old.orgId(), HANDOVER, handoverId, AuditAction.UPDATE, handover, accepted);
        journal.append(NewEvent.of(old.orgId(), now, "duty.handover_accepted", EventSeverity.INFO,
                        user.displayName() + " accepted the duty shift from " + handover.outgoingName())
                .person(user.id()).source("duty")
                .data(Map.of("handoverId", handoverId, "fromShiftId", old.id(), "toShiftId", next.id())));
        return accepted;
    }

    /** The outgoing dispatcher withdraws a handover nobody accepted yet (an administrator may too). */
    public Handover cancelHandover(CurrentUser user, long handoverId) {
        Handover handover = lockedPending(user, handoverId);
        if (handover.outgoingId() != user.id() && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("only the outgoing dispatcher cancels the handover");
        }
        repository.cancel(handoverId, clock.instant());
        Handover cancelled = repository.handover(handoverId, false).orElseThrow();
        audit.record(user, handover.orgId(), HANDOVER, handoverId, AuditAction.UPDATE, handover, cancelled);
        return cancelled;
    }

    /** Ends a shift without a successor: its dispatcher, or an administrator (a shift someone forgot). */
    public Shift closeShift(CurrentUser user, long shiftId) {
        Shift shift = repository.shift(shiftId, true).orElseThrow(() -> new NotFoundException(SHIFT, shiftId));
        user.requireOrg(shift.orgId(), SHIFT, shiftId);
        requireActor(user);
        if (shift.dispatcherId() != user.id() && !user.has(Role.ADMIN)) {
            throw new ForbiddenException("only the shift's dispatcher or an administrator closes it");
        }
        if (!shift.open()) {
            throw new ConflictException("duty.error.shiftNotOpen");
        }
        repository.pendingHandover(shiftId).ifPresent(h -> repository.cancel(h.id(), clock.instant()));
        repository.endShift(shiftId, ShiftState.CLOSED, clock.instant());
        Shift closed = repository.shift(shiftId, false).orElseThrow();
        audit.record(user, shift.orgId(), SHIFT, shiftId, AuditAction.UPDATE, shift, closed);
        return closed;
    }

    /** @return the time the service considers now (the injected clock), for pages flagging overdue shifts */
    public Instant now() {
        return clock.instant();
    }

    private Handover lockedPending(CurrentUser user, long handoverId) {
        Handover handover = repository.handover(handoverId, true)
                .orElseThrow(() -> new NotFoundException(HANDOVER, handoverId));
        user.requireOrg(handover.orgId(), HANDOVER, handoverId);
        requireActor(user);
        if (!handover.pending()) {
            throw new ConflictException("duty.error.handoverNotPending");
        }
        return handover;
    }

    private Shift open(CurrentUser user, long orgId, Instant start) {
        if (repository.openShift(orgId).isPresent()) {
            throw new ConflictException("duty.error.shiftOpen");
        }
        long id;
        try {
            id = repository.insertShift(orgId, user.id(), user.displayName(), start,
                    start.plus(properties.shiftLength(orgId)));
        } catch (DuplicateKeyException e) { // another start won the race for the one-open-shift index
            throw new ConflictException("duty.error.shiftOpen");
        }
        Shift shift = repository.shift(id, false).orElseThrow();
        journal.append(NewEvent.of(orgId, start, "duty.shift_started", EventSeverity.INFO,
                        user.displayName() + " started a duty shift")
                .person(user.id()).source("duty").data(Map.of("shiftId", id)));
        return shift;
    }

    private Situation situation() {
        return new Situation(sources.orderedStream().toList());
    }

    private static void requireActor(CurrentUser user) {
        user.requireAny(Role.DISPATCHER, Role.ADMIN);
    }

    private static String note(String note) {
        if (note == null || note.isBlank()) {
            return null;
        }
        String clean = note.strip();
        if (clean.length() > MAX_TEXT) {
            throw new InvalidInputException("note", "duty.validation.text", MAX_TEXT);
        }
        return clean;
    }
}
