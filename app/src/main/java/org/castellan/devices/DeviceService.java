package org.castellan.devices;

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
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The device registry. People read devices of their organizations (any role) and register, change and remove
 * them with {@link Role#ADMIN} or {@link Role#ENGINEER}; changes are audited. Edges (gateway, readers, push
 * server) report what they see through {@link #reportState} and {@link #reportSeen}, which write the journal.
 */
@Service
@Transactional
public class DeviceService {
    static final String DEVICE = "device";

    private final DeviceRepository repository;
    private final OrgService orgs;
    private final AuditLog audit;
    private final EventJournal journal;

    DeviceService(DeviceRepository repository, OrgService orgs, AuditLog audit, EventJournal journal) {
        this.repository = repository;
        this.orgs = orgs;
        this.audit = audit;
        this.journal = journal;
    }

    @Transactional(readOnly = true)
    public List<Device> devices(CurrentUser user, DeviceFilter filter) {
        return repository.find(user.allOrgs(), user.orgIds().toArray(Long[]::new), filter);
    }

    @Transactional(readOnly = true)
    public Device device(CurrentUser user, long id) {
        Device device = repository.byId(id).orElseThrow(() -> new NotFoundException(DEVICE, id));
        user.requireOrg(device.orgId(), DEVICE, id);
        return device;
    }

    @Transactional(readOnly = true)
    public Map<DeviceState, Integer> stateCounts(CurrentUser user) {
        return repository.stateCounts(user.allOrgs(), user.orgIds().toArray(Long[]::new));
    }

    /** Device counts by organization, site, kind and state, for the caller's organizations. */
    @Transactional(readOnly = true)
    public List<HealthCount> health(CurrentUser user) {
        return repository.health(user.allOrgs(), user.orgIds().toArray(Long[]::new));
    }

    public Device create(CurrentUser user, DeviceForm form) {
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        check(user, form, 0);
        Device created = repository.byId(repository.insert(form)).orElseThrow();
        audit.record(user, created.orgId(), DEVICE, created.id(), AuditAction.CREATE, null, created);
        return created;
    }

    public Device update(CurrentUser user, long id, DeviceForm form) {
        Device before = device(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        check(user, form, id);
        repository.update(id, form);
        Device after = repository.byId(id).orElseThrow();
        audit.record(user, after.orgId(), DEVICE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    public void delete(CurrentUser user, long id) {
        Device before = device(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        try {
            repository.delete(id);
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException("conflict.deviceInUse", before.name());
        }
        audit.record(user, before.orgId(), DEVICE, id, AuditAction.DELETE, before, null);
    }

    /**
     * An edge saw the device go online or offline, or report a fault of its own while still talking. Journals
     * {@code device.online} / {@code device.offline} / {@code device.fault} only when the state actually changes,
     * so repeated reports are cheap and quiet.
     *
     * @return the device after the change, empty when no such device exists
     */
    public Optional<Device> reportState(long deviceId, DeviceState state, Instant at, String reason) {
        Optional<DeviceState> previous = repository.setState(deviceId, state, at);
        if (previous.isEmpty()) {
            return Optional.empty();
        }
        Device device = repository.byId(deviceId).orElseThrow();
        if (previous.get() != state) {
            String type = "device." + state.name().toLowerCase(java.util.Locale.ROOT);
            EventSeverity severity = state.active() || state == DeviceState.UNKNOWN ? EventSeverity.INFO
                    : EventSeverity.WARNING;
            journal.append(NewEvent.of(device.orgId(), at, type, severity,
                    device.name() + ": " + state.name().toLowerCase() + (reason == null ? "" : " (" + reason + ")"))
                    .device(device.id(), device.siteId(), device.zoneId())
                    .data(reason == null ? Map.of() : Map.of("reason", reason)));
        }
        return Optional.of(device);
    }

    /**
     * An edge asks which device presents {@code identifier} (a modem's IMEI): found only when exactly one
     * organization registered it, since an edge cannot choose between tenants.
     */
    @Transactional(readOnly = true)
    public Optional<Device> registered(DeviceKind kind, String identifier) {
        List<Device> found = repository.byIdentifier(kind, identifier);
        return found.size() == 1 ? Optional.of(found.get(0)) : Optional.empty();
    }

    /** @return every device of a kind, for an edge loading its directory at start (a system call) */
    @Transactional(readOnly = true)
    public List<Device> allOfKind(DeviceKind kind) {
        return repository.find(true, new Long[0], new DeviceFilter(null, null, kind, null, null), Integer.MAX_VALUE);
    }

    /** An edge heard from the device (a frame, a keep-alive); updates last-seen only. */
    public void reportSeen(long deviceId, Instant at) {
        repository.markSeen(deviceId, at);
    }

    private void check(CurrentUser user, DeviceForm form, long id) {
        try {
            orgs.organization(user, form.orgId());
        } catch (NotFoundException e) {
            throw new InvalidInputException("orgId", "validation.unknownOrganization", form.orgId());
        }
        if (form.siteId() != null) {
            Site site = visible(() -> orgs.site(user, form.siteId()), "siteId", form.siteId());
            if (site.orgId() != form.orgId()) {
                throw new InvalidInputException("siteId", "validation.siteOfOtherOrganization");
            }
        }
        if (form.zoneId() != null) {
            Zone zone = visible(() -> orgs.zone(user, form.zoneId()), "zoneId", form.zoneId());
            if (form.siteId() == null || zone.siteId() != form.siteId()) {
                throw new InvalidInputException("zoneId", "validation.zoneOfOtherSite");
            }
        }
        if (repository.identifierTaken(form.orgId(), form.kind(), form.identifier(), id)) {
            throw new InvalidInputException("identifier", "validation.identifierTaken", form.identifier().trim());
        }
    }

    private static <T> T visible(java.util.function.Supplier<T> lookup, String field, Object id) {
        try {
            return lookup.get();
        } catch (NotFoundException e) {
            throw new InvalidInputException(field, "validation.notFound", id);
        }
    }
}
