package org.castellan.users;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.org.OrgService;
import org.castellan.platform.Channel;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.platform.TimeZones;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users and their roles and organizations. Administration needs {@link Role#ADMIN}. An administrator scoped to
 * some organizations sees and manages only users of those organizations, assigns only those organizations, and
 * cannot make platform administrators; memberships a user has in organizations outside the administrator's scope
 * are kept untouched. Nobody can disable themselves or take away their own ADMIN role (no lock-out by mistake).
 */
@Service
@Transactional
public class UserService {
    public static final int MIN_PASSWORD_LENGTH = 10;
    static final String USER = "user";

    private final UserRepository repository;
    private final OrgService orgs;
    private final PasswordEncoder passwords;
    private final AuditLog audit;

    UserService(UserRepository repository, OrgService orgs, PasswordEncoder passwords, AuditLog audit) {
        this.repository = repository;
        this.orgs = orgs;
        this.passwords = passwords;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<User> users(CurrentUser admin) {
        admin.requireAny(Role.ADMIN);
        return repository.all().stream().filter(u -> visible(admin, u)).toList();
    }

    @Transactional(readOnly = true)
    public User user(CurrentUser admin, long id) {
        admin.requireAny(Role.ADMIN);
        return repository.byId(id).filter(u -> visible(admin, u)).orElseThrow(() -> new NotFoundException(USER, id));
    }

    public User create(CurrentUser admin, UserForm form) {
        admin.requireAny(Role.ADMIN);
        checkCommon(admin, form, 0);
        checkPassword("password", form.password());
        long id = repository.insert(form, passwords.encode(form.password()));
        User created = repository.byId(id).orElseThrow();
        audit.record(admin, null, USER, id, AuditAction.CREATE, null, created);
        return created;
    }

    public User update(CurrentUser admin, long id, UserForm form) {
        User before = user(admin, id);
        checkCommon(admin, form, id);
        if (admin.id() == id && (!form.enabled() || !form.roles().contains(Role.ADMIN))) {
            throw new InvalidInputException(form.enabled() ? "roles" : "enabled", "validation.cannotLockOutSelf");
        }
        Set<Long> orgIds = new HashSet<>(form.orgIds());
        if (!admin.allOrgs()) {
            before.orgIds().stream().filter(org -> !admin.canSee(org)).forEach(orgIds::add);
        }
        repository.update(id, form, orgIds);
        if (form.password() != null && !form.password().isEmpty()) {
            checkPassword("password", form.password());
            repository.updatePasswordHash(id, passwords.encode(form.password()));
        }
        User after = repository.byId(id).orElseThrow();
        audit.record(admin, null, USER, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** A user changes their own password; the current one must be given. */
    public void changeOwnPassword(CurrentUser self, String currentPassword, String newPassword) {
        String hash = repository.passwordHash(self.id()).orElseThrow(() -> new NotFoundException(USER, self.id()));
        if (currentPassword == null || !passwords.matches(currentPassword, hash)) {
            throw new InvalidInputException("currentPassword", "validation.wrongPassword");
        }
        checkPassword("newPassword", newPassword);
        repository.updatePasswordHash(self.id(), passwords.encode(newPassword));
        audit.record(self, null, USER, self.id(), AuditAction.UPDATE, null, Map.of("password", "changed"));
    }

    /** A user's own language and time zone (the language switcher and the profile page). */
    public void updatePreferences(CurrentUser self, String locale, String timeZone) {
        if (!List.of("en", "ru", "zh").contains(locale)) {
            throw new InvalidInputException("locale", "validation.locale");
        }
        TimeZones.require("timeZone", timeZone);
        User before = repository.byId(self.id()).orElseThrow(() -> new NotFoundException(USER, self.id()));
        if (before.locale().equals(locale) && before.timeZone().equals(timeZone)) {
            return;
        }
        repository.updatePreferences(self.id(), locale, timeZone);
        audit.record(self, null, USER, self.id(), AuditAction.UPDATE, before, repository.byId(self.id()).orElseThrow());
    }

    /** @return the caller's own notification contacts (profile page) */
    @Transactional(readOnly = true)
    public NotificationContact contact(CurrentUser self) {
        return repository.contact(self.id()).orElseThrow(() -> new NotFoundException(USER, self.id()));
    }

    /** Changes the caller's own e-mail, phone and whether modem events notify them; audited. */
    public void updateContact(CurrentUser self, String email, String phone, boolean notifyModemEvents) {
        String mail = email == null || email.isBlank() ? null : email.trim();
        String number = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s()-]", "");
        if (mail != null && !mail.matches("[^@\\s]+@[^@\\s]+")) {
            throw new InvalidInputException("email", "validation.email");
        }
        if (number != null && !number.matches("\\+?[0-9]{5,15}")) {
            throw new InvalidInputException("phone", "validation.phone");
        }
        NotificationContact before = contact(self);
        repository.updateContact(self.id(), mail, number, notifyModemEvents);
        audit.record(self, null, USER, self.id(), AuditAction.UPDATE, before, contact(self));
    }

    /**
     * Who is notified of a modem event in an organization: enabled administrators, dispatchers and engineers of
     * that organization (or of all) who asked for modem events and gave an e-mail or a phone. A system call, for
     * the notification edge.
     */
    @Transactional(readOnly = true)
    public List<NotificationContact> modemEventRecipients(long orgId) {
        return repository.modemEventRecipients(orgId);
    }

    /** Where, in which language and in which time zone a user is notified by the notification rules. */
    public record Addressee(long userId, String locale, java.time.ZoneId timeZone, String email, String phone) {
    }

    /**
     * Enabled users of the organization chosen by id, or holding one of the roles there (a rule's "group"); for
     * the platform's notification rules, which act for nobody in particular.
     */
    @Transactional(readOnly = true)
    public List<Addressee> addressees(long orgId, Set<Long> userIds, Set<Role> roles) {
        return repository.addressees(orgId, userIds, roles);
    }

    /** For authentication only. */
    @Transactional(readOnly = true)
    public Optional<Account> account(String username) {
        return repository.account(username);
    }

    /** The caller of a request, loaded fresh; empty when the user is gone or disabled. */
    @Transactional(readOnly = true)
    public Optional<CurrentUser> currentUser(long id, Channel channel) {
        return repository.byId(id).filter(User::enabled).map(u -> new CurrentUser(u.id(), u.username(),
                u.displayName(), u.roles(), u.allOrgs(), u.orgIds(), u.locale(),
                TimeZones.parse(u.timeZone()).orElse(java.time.ZoneOffset.UTC), channel));
    }

    @Transactional(readOnly = true)
    public Optional<User> byUsername(CurrentUser admin, String username) {
        admin.requireAny(Role.ADMIN);
        return repository.byUsername(username).filter(u -> visible(admin, u));
    }

    /** Whether any user exists (first start creates the administrator). */
    @Transactional(readOnly = true)
    public boolean anyUser() {
        return repository.any();
    }

    private static boolean visible(CurrentUser admin, User user) {
        if (admin.allOrgs() || admin.id() == user.id()) {
            return true;
        }
        return !user.allOrgs() && user.orgIds().stream().anyMatch(admin::canSee);
    }

    private void checkCommon(CurrentUser admin, UserForm form, long id) {
        TimeZones.require("timeZone", form.timeZone());
        if (repository.usernameTaken(form.username(), id)) {
            throw new InvalidInputException("username", "validation.usernameTaken", form.username().trim());
        }
        if (form.allOrgs() && !admin.allOrgs()) {
            throw new InvalidInputException("allOrgs", "validation.allOrgsForbidden");
        }
        if (!form.allOrgs() && form.orgIds().isEmpty()) {
            throw new InvalidInputException("orgIds", "validation.orgRequired");
        }
        for (Long org : form.orgIds()) {
            try {
                orgs.organization(admin, org);
            } catch (NotFoundException e) {
                throw new InvalidInputException("orgIds", "validation.unknownOrganization", org);
            }
        }
    }

    private static void checkPassword(String field, String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH) {
            throw new InvalidInputException(field, "validation.passwordTooShort", MIN_PASSWORD_LENGTH);
        }
    }

    /** First start: creates the platform administrator with the given (already chosen) password. */
    User createFirstAdministrator(String username, String password) {
        UserForm form = new UserForm(username, "Administrator", password, Set.of(Role.ADMIN), Set.of(), true, "en",
                "UTC", true);
        long id = repository.insert(form, passwords.encode(password));
        User created = repository.byId(id).orElseThrow();
        audit.record(CurrentUser.system(), null, USER, id, AuditAction.CREATE, null, created);
        return created;
    }

    /** Demo mode: set a password without the caller's checks (the demo prints it). */
    public void resetPasswordBySystem(long id, String password) {
        User before = repository.byId(id).orElseThrow(() -> new NotFoundException(USER, id));
        repository.updatePasswordHash(id, passwords.encode(password));
        audit.record(CurrentUser.system(), null, USER, before.id(), AuditAction.UPDATE, null, Map.of("password", "reset"));
    }
}
