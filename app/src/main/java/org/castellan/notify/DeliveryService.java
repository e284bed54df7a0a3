package org.castellan.notify;

import java.time.Clock;
import java.util.List;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The {@link Outbox} and the delivery log: a message becomes a {@code notification_delivery} row in the caller's
 * transaction, and the {@link DeliveryWorker} is woken after that commits (at once without a transaction), so a
 * message of a rolled-back change is never sent. People read the log (administrators and dispatchers of the
 * organization) and send a FAILED delivery again.
 *
 * <p><b>Threading:</b> thread-safe. {@link #enqueue} throws {@link IllegalArgumentException} for a message without
 * channel or address (a programming error of the caller, not a person's input).
 */
@Service
public class DeliveryService implements Outbox {
    static final String ENTITY = "notification_delivery";
    private static final int MAX_ADDRESS = 320;

    private final DeliveryRepository repository;
    private final DeliveryWorker worker;
    private final AuditLog audit;
    private final Clock clock;

    DeliveryService(DeliveryRepository repository, DeliveryWorker worker, AuditLog audit, Clock clock) {
        this.repository = repository;
        this.worker = worker;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public long enqueue(Message message) {
        check(message);
        long id = repository.insert(message, DeliveryStatus.QUEUED, null, clock.instant());
        wakeAfterCommit();
        return id;
    }

    @Override
    public long suppressed(Message message, String reason) {
        check(message);
        return repository.insert(message, DeliveryStatus.SUPPRESSED, reason, clock.instant());
    }

    /** @return the deliveries of the caller's organizations, newest first; ADMIN or DISPATCHER */
    public List<Delivery> deliveries(CurrentUser user, DeliveryFilter filter) {
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        if (filter.orgId() != null && !user.canSee(filter.orgId())) {
            return List.of();
        }
        return repository.find(user.allOrgs() ? null : user.orgIds(), filter);
    }

    /** @throws NotFoundException for an unknown id or one of another organization */
    public Delivery delivery(CurrentUser user, long id) {
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        Delivery delivery = repository.byId(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        user.requireOrg(delivery.orgId(), ENTITY, id);
        return delivery;
    }

    /**
     * Sends a FAILED delivery again with a fresh set of attempts (audited as a command).
     *
     * @throws org.castellan.platform.ConflictException when it is not FAILED
     */
    @Transactional
    public Delivery retry(CurrentUser user, long id) {
        Delivery before = delivery(user, id);
        if (!repository.retry(id, clock.instant())) {
            throw new org.castellan.platform.ConflictException("delivery.retry.notFailed", id);
        }
        Delivery after = repository.byId(id).orElseThrow();
        audit.record(user, before.orgId(), ENTITY, id, AuditAction.COMMAND, before, after);
        wakeAfterCommit();
        return after;
    }

    private void wakeAfterCommit() {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    worker.wake();
                }
            });
        } else {
            worker.wake();
        }
    }

    private static void check(Message m) {
        if (m.channel() == null || m.address() == null || m.address().isBlank()) {
            throw new IllegalArgumentException("a message needs a channel and an address: " + m);
        }
        if (m.address().length() > MAX_ADDRESS) {
            throw new IllegalArgumentException("address longer than " + MAX_ADDRESS + " characters");
        }
    }
}
