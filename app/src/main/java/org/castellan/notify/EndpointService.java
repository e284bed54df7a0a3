package org.castellan.notify;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * An organization's webhook and MQTT endpoints: administrators of the organization list, add, change, disable and
 * remove them (audited; the secret never appears in the audit log or in answers) and send a test message through
 * the {@link Outbox}.
 *
 * <p><b>Threading:</b> thread-safe. Throws {@link NotFoundException} for endpoints outside the caller's scope,
 * {@link InvalidInputException} for a bad URL, topic, secret or a duplicate name.
 */
@Service
public class EndpointService {
    static final String ENTITY = "notification_endpoint";
    private static final int MIN_SECRET = 16;

    private final EndpointRepository repository;
    private final Outbox outbox;
    private final AuditLog audit;
    private final MessageSource messages;

    EndpointService(EndpointRepository repository, Outbox outbox, AuditLog audit, MessageSource messages) {
        this.repository = repository;
        this.outbox = outbox;
        this.audit = audit;
        this.messages = messages;
    }

    /** @return endpoint id → name in the caller's organizations, for the delivery log (administrators, dispatchers) */
    public Map<Long, String> names(CurrentUser user) {
        user.requireAny(Role.ADMIN, Role.DISPATCHER);
        return repository.list(user.allOrgs() ? null : user.orgIds(), null).stream()
                .collect(Collectors.toMap(Endpoint::id, Endpoint::name));
    }

    /** @return the endpoints of the caller's organizations (or of {@code orgId}); administrators only */
    public List<Endpoint> endpoints(CurrentUser user, Long orgId) {
        user.requireAny(Role.ADMIN);
        if (orgId != null && !user.canSee(orgId)) {
            return List.of();
        }
        return repository.list(user.allOrgs() ? null : user.orgIds(), orgId);
    }

    public Endpoint endpoint(CurrentUser user, long id) {
        user.requireAny(Role.ADMIN);
        Endpoint endpoint = repository.byId(id).orElseThrow(() -> new NotFoundException(ENTITY, id));
        user.requireOrg(endpoint.orgId(), ENTITY, id);
        return endpoint;
    }

    @Transactional
    public Endpoint create(CurrentUser user, EndpointForm form) {
        user.requireAny(Role.ADMIN);
        user.requireOrg(form.orgId(), "organization", form.orgId());
        validate(form, null);
        long id = repository.insert(form, url(form), topic(form));
        Endpoint created = repository.byId(id).orElseThrow();
        audit.record(user, created.orgId(), ENTITY, id, AuditAction.CREATE, null, created);
        return created;
    }

    /** The organization of an endpoint does not change; {@code form.orgId()} is ignored. */
    @Transactional
    public Endpoint update(CurrentUser user, long id, EndpointForm form) {
        Endpoint before = endpoint(user, id);
        EndpointForm kept = new EndpointForm(before.orgId(), form.kind(), form.name(), form.url(), form.topic(),
                form.secret(), form.enabled());
        validate(kept, before);
        repository.update(id, kept, url(kept), topic(kept));
        Endpoint after = repository.byId(id).orElseThrow();
        audit.record(user, after.orgId(), ENTITY, id, AuditAction.UPDATE, before, after);
        return after;
    }

    @Transactional
    public void delete(CurrentUser user, long id) {
        Endpoint before = endpoint(user, id);
        repository.delete(id);
        audit.record(user, before.orgId(), ENTITY, id, AuditAction.DELETE, before, null);
    }

    /**
     * Queues a test message to the endpoint, in the caller's language (a disabled one fails visibly in the log).
     *
     * @return the delivery id
     */
    @Transactional
    public long sendTest(CurrentUser user, long id) {
        Endpoint endpoint = endpoint(user, id);
        Locale locale = Locale.forLanguageTag(user.locale());
        long delivery = outbox.enqueue(new Message(endpoint.orgId(), endpoint.kind(), endpoint.address(), null,
                messages.getMessage("endpoint.testSubject", null, locale),
                messages.getMessage("endpoint.testBody", new Object[] {endpoint.name()}, locale),
                Map.of("test", true, "endpointId", endpoint.id()), null, null, null));
        audit.record(user, endpoint.orgId(), ENTITY, id, AuditAction.COMMAND, null, Map.of("test", delivery));
        return delivery;
    }

    private void validate(EndpointForm f, Endpoint existing) {
        if (f.kind() != ChannelKind.WEBHOOK && f.kind() != ChannelKind.MQTT) {
            throw new InvalidInputException("kind", "endpoint.kind.invalid");
        }
        if (f.name() == null || f.name().isBlank()) {
            throw new InvalidInputException("name", "endpoint.name.required");
        }
        if (repository.nameTaken(f.orgId(), f.name(), existing == null ? null : existing.id())) {
            throw new InvalidInputException("name", "endpoint.name.taken", f.name().strip());
        }
        if (f.kind() == ChannelKind.WEBHOOK) {
            validateWebhook(f, existing);
        } else if (f.topic() == null || f.topic().isBlank() || f.topic().contains("+") || f.topic().contains("#")) {
            throw new InvalidInputException("topic", "endpoint.topic.invalid");
        }
    }

    private static void validateWebhook(EndpointForm f, Endpoint existing) {
        if (!validUrl(f.url())) {
            throw new InvalidInputException("url", "endpoint.url.invalid");
        }
        boolean keepsSecret = existing != null && existing.secretHint() != null;
        boolean blank = f.secret() == null || f.secret().isBlank();
        if ((blank && !keepsSecret) || (!blank && f.secret().length() < MIN_SECRET)) {
            throw new InvalidInputException("secret", "endpoint.secret.short", MIN_SECRET);
        }
    }

    private static boolean validUrl(String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        try {
            URI uri = new URI(url.strip());
            return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String url(EndpointForm f) {
        return f.kind() == ChannelKind.WEBHOOK ? f.url().strip() : null;
    }

    private static String topic(EndpointForm f) {
        return f.kind() == ChannelKind.MQTT ? f.topic().strip() : null;
    }
}
