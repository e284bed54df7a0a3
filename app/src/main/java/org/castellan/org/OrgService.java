package org.castellan.org;

import java.util.List;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.platform.TimeZones;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The only way into the location tree. Every method checks the caller: anything outside their organizations is
 * "not found"; reading needs any role, changing needs {@link Role#ADMIN}, creating and deleting organizations
 * needs a platform administrator. Every change is audited in its own transaction. Deleting a node that still has
 * children (or devices) is refused with a {@link ConflictException} and changes nothing.
 */
@Service
@Transactional
public class OrgService {
    static final String ORGANIZATION = "organization";
    static final String SITE = "site";
    static final String ZONE = "zone";

    private final OrgRepository repository;
    private final AuditLog audit;

    OrgService(OrgRepository repository, AuditLog audit) {
        this.repository = repository;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Organization> organizations(CurrentUser user) {
        return repository.organizations(user.allOrgs(), user.orgIds().toArray(Long[]::new));
    }

    @Transactional(readOnly = true)
    public Organization organization(CurrentUser user, long id) {
        user.requireOrg(id, ORGANIZATION, id);
        return repository.organization(id).orElseThrow(() -> new NotFoundException(ORGANIZATION, id));
    }

    public Organization createOrganization(CurrentUser user, OrganizationForm form) {
        user.requirePlatformAdmin();
        checkOrganization(form, 0);
        Organization created = repository.organization(repository.insertOrganization(form)).orElseThrow();
        audit.record(user, created.id(), ORGANIZATION, created.id(), AuditAction.CREATE, null, created);
        return created;
    }

    public Organization updateOrganization(CurrentUser user, long id, OrganizationForm form) {
        Organization before = organization(user, id);
        user.requireAny(Role.ADMIN);
        checkOrganization(form, id);
        repository.updateOrganization(id, form);
        Organization after = repository.organization(id).orElseThrow();
        audit.record(user, id, ORGANIZATION, id, AuditAction.UPDATE, before, after);
        return after;
    }

    public void deleteOrganization(CurrentUser user, long id) {
        Organization before = organization(user, id);
        user.requirePlatformAdmin();
        int sites = repository.siteCount(id);
        if (sites > 0) {
            throw new ConflictException("conflict.organizationHasSites", before.name(), sites);
        }
        deleteOrRefuse(() -> repository.deleteOrganization(id), "conflict.organizationInUse", before.name());
        audit.record(user, id, ORGANIZATION, id, AuditAction.DELETE, before, null);
    }

    @Transactional(readOnly = true)
    public List<Site> sites(CurrentUser user, long orgId) {
        organization(user, orgId);
        return repository.sites(orgId);
    }

    /** Every site in the caller's organizations (for choice lists and for naming sites in device lists). */
    @Transactional(readOnly = true)
    public List<Site> allSites(CurrentUser user) {
        return repository.sites(user.allOrgs(), user.orgIds().toArray(Long[]::new));
    }

    @Transactional(readOnly = true)
    public Site site(CurrentUser user, long id) {
        Site site = repository.site(id).orElseThrow(() -> new NotFoundException(SITE, id));
        user.requireOrg(site.orgId(), SITE, id);
        return site;
    }

    public Site createSite(CurrentUser user, long orgId, SiteForm form) {
        organization(user, orgId);
        user.requireAny(Role.ADMIN);
        checkSite(orgId, form, 0);
        Site created = repository.site(repository.insertSite(orgId, form)).orElseThrow();
        audit.record(user, orgId, SITE, created.id(), AuditAction.CREATE, null, created);
        return created;
    }

    public Site updateSite(CurrentUser user, long id, SiteForm form) {
        Site before = site(user, id);
        user.requireAny(Role.ADMIN);
        checkSite(before.orgId(), form, id);
        repository.updateSite(id, form);
        Site after = repository.site(id).orElseThrow();
        audit.record(user, before.orgId(), SITE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    public void deleteSite(CurrentUser user, long id) {
        Site before = site(user, id);
        user.requireAny(Role.ADMIN);
        int zones = repository.zoneCount(id);
        if (zones > 0) {
            throw new ConflictException("conflict.siteHasZones", before.name(), zones);
        }
        deleteOrRefuse(() -> repository.deleteSite(id), "conflict.siteInUse", before.name());
        audit.record(user, before.orgId(), SITE, id, AuditAction.DELETE, before, null);
    }

    @Transactional(readOnly = true)
    public List<Zone> zones(CurrentUser user, long siteId) {
        site(user, siteId);
        return repository.zones(siteId);
    }

    @Transactional(readOnly = true)
    public Zone zone(CurrentUser user, long id) {
        Zone zone = repository.zone(id).orElseThrow(() -> new NotFoundException(ZONE, id));
        user.requireOrg(zone.orgId(), ZONE, id);
        return zone;
    }

    public Zone createZone(CurrentUser user, long siteId, ZoneForm form) {
        Site site = site(user, siteId);
        user.requireAny(Role.ADMIN);
        checkZone(siteId, form, 0);
        Zone created = repository.zone(repository.insertZone(site, form)).orElseThrow();
        audit.record(user, site.orgId(), ZONE, created.id(), AuditAction.CREATE, null, created);
        return created;
    }

    public Zone updateZone(CurrentUser user, long id, ZoneForm form) {
        Zone before = zone(user, id);
        user.requireAny(Role.ADMIN);
        checkZone(before.siteId(), form, id);
        repository.updateZone(id, form);
        Zone after = repository.zone(id).orElseThrow();
        audit.record(user, before.orgId(), ZONE, id, AuditAction.UPDATE, before, after);
        return after;
    }

    public void deleteZone(CurrentUser user, long id) {
        Zone before = zone(user, id);
        user.requireAny(Role.ADMIN);
        deleteOrRefuse(() -> repository.deleteZone(id), "conflict.zoneInUse", before.name());
        audit.record(user, before.orgId(), ZONE, id, AuditAction.DELETE, before, null);
    }

    private void checkOrganization(OrganizationForm form, long id) {
        TimeZones.require("timeZone", form.timeZone());
        if (repository.organizationNameTaken(form.name(), id)) {
            throw new InvalidInputException("name", "validation.nameTaken", form.name().trim());
        }
        if (repository.organizationCodeTaken(form.code(), id)) {
            throw new InvalidInputException("code", "validation.codeTaken", form.code().trim());
        }
    }

    private void checkSite(long orgId, SiteForm form, long id) {
        if (form.timeZone() != null && !form.timeZone().isBlank()) {
            TimeZones.require("timeZone", form.timeZone());
        }
        if (repository.siteNameTaken(orgId, form.name(), id)) {
            throw new InvalidInputException("name", "validation.nameTaken", form.name().trim());
        }
    }

    private void checkZone(long siteId, ZoneForm form, long id) {
        if (repository.zoneNameTaken(siteId, form.name(), id)) {
            throw new InvalidInputException("name", "validation.nameTaken", form.name().trim());
        }
    }

    /** Later modules reference sites and zones (devices, meters, doors); their foreign keys refuse the delete. */
    private static void deleteOrRefuse(Runnable delete, String messageKey, String name) {
        try {
            delete.run();
        } catch (DataIntegrityViolationException e) {
            throw new ConflictException(messageKey, name);
        }
    }
}
