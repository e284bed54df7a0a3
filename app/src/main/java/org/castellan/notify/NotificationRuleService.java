package org.castellan.notify;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.castellan.users.UserService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Notification rules as administrators manage them (console and API): list, read, create, change, enable or
 * disable, delete — {@link Role#ADMIN} within the caller's organizations, audited as {@code notification_rule}.
 * After each change commits, {@link NotificationRules} reloads its in-memory copy.
 *
 * <p>Throws {@link NotFoundException} for a rule outside the caller's organizations,
 * {@link org.castellan.platform.ForbiddenException} without the role, and
 * {@link org.castellan.platform.InvalidInputException} for a form that breaks a rule (see
 * {@link NotificationRuleValidation}).
 */
@Service
@Transactional
public class NotificationRuleService {
    static final String ENTITY = "notification_rule";

    private final RuleRepository repository;
    private final OrgService orgs;
    private final UserService users;
    private final AuditLog audit;
    private final NotificationRules rules;

    NotificationRuleService(RuleRepository repository, OrgService orgs, UserService users, AuditLog audit,
                            NotificationRules rules) {
        this.repository = repository;
        this.orgs = orgs;
        this.users = users;
        this.audit = audit;
        this.rules = rules;
    }

    /** @param orgId one organization, or null for all of the caller's */
    @Transactional(readOnly = true)
    public List<NotificationRule> rules(CurrentUser user, Long orgId) {
        user.requireAny(Role.ADMIN);
        if (orgId != null) {
            user.requireOrg(orgId, "organization", orgId);
            return repository.byOrgs(Set.of(orgId), false);
        }
        return repository.byOrgs(user.orgIds(), user.allOrgs());
    }

    @Transactional(readOnly = true)
    public NotificationRule rule(CurrentUser user, long id) {
        user.requireAny(Role.ADMIN);
        return repository.byId(id).filter(r -> user.canSee(r.orgId()))
                .orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    public NotificationRule create(CurrentUser user, NotificationRuleForm form) {
        user.requireAny(Role.ADMIN);
        Organization org = orgs.organization(user, form.orgId());
        long id = repository.insert(check(user, org, form));
        NotificationRule created = repository.byId(id).orElseThrow();
        audit.record(user, org.id(), ENTITY, id, AuditAction.CREATE, null, created);
        reloadAfterCommit();
        return created;
    }

    /** The organization of a rule stays; the form's {@code orgId} must name it. */
    public NotificationRule update(CurrentUser user, long id, NotificationRuleForm form) {
        NotificationRule before = rule(user, id);
        if (form.orgId() != before.orgId()) {
            throw new org.castellan.platform.InvalidInputException("orgId", "rule.error.orgChange");
        }
        repository.update(id, check(user, orgs.organization(user, before.orgId()), form));
        NotificationRule after = repository.byId(id).orElseThrow();
        audit.record(user, before.orgId(), ENTITY, id, AuditAction.UPDATE, before, after);
        reloadAfterCommit();
        return after;
    }

    public NotificationRule setEnabled(CurrentUser user, long id, boolean enabled) {
        NotificationRule before = rule(user, id);
        repository.setEnabled(id, enabled);
        NotificationRule after = repository.byId(id).orElseThrow();
        audit.record(user, before.orgId(), ENTITY, id, AuditAction.UPDATE, before, after);
        reloadAfterCommit();
        return after;
    }

    public void delete(CurrentUser user, long id) {
        NotificationRule before = rule(user, id);
        repository.delete(id);
        audit.record(user, before.orgId(), ENTITY, id, AuditAction.DELETE, before, null);
        reloadAfterCommit();
    }

    /** The users of the organization a rule may name (administrators choose among them). */
    @Transactional(readOnly = true)
    public List<User> candidates(CurrentUser user, long orgId) {
        user.requireAny(Role.ADMIN);
        user.requireOrg(orgId, "organization", orgId);
        return users.users(user).stream().filter(u -> u.enabled() && u.orgIds().contains(orgId)).toList();
    }

    private NotificationRule check(CurrentUser user, Organization org, NotificationRuleForm form) {
        Set<Long> orgUsers = users.users(user).stream().filter(u -> u.orgIds().contains(org.id()) || u.allOrgs())
                .map(User::id).collect(Collectors.toSet());
        return NotificationRuleValidation.check(form, org, orgs.sites(user, org.id()), orgUsers);
    }

    private void reloadAfterCommit() {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                rules.reload();
            }
        });
    }
}
