package org.castellan.audit;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.castellan.console.Forms;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The audit log page (administrators; {@link AuditLog#search} limits what a scoped administrator sees). Times in
 * the filter are the viewer's wall-clock times. For a change (UPDATE) only the fields that differ are shown
 * before → after, so that what changed is visible at a glance; a creation or deletion shows the whole snapshot.
 */
@Controller
class AuditPages {
    private static final JsonMapper PRETTY = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    private final AuditLog audit;
    private final OrgService orgs;

    /** One line of the table: the entry, its organization's name, and the JSON to show on each side. */
    public record AuditRow(AuditEntry entry, String organization, String before, String after) {
    }

    AuditPages(AuditLog audit, OrgService orgs) {
        this.audit = audit;
        this.orgs = orgs;
    }

    @GetMapping("/admin/audit")
    String audit(CurrentUser me, @Valid @ModelAttribute("query") AuditQuery query, BindingResult binding,
                 Model model, HttpServletResponse response) {
        me.requireAny(Role.ADMIN);
        if (!binding.hasFieldErrors("from") && !binding.hasFieldErrors("to") && query.rangeReversed()) {
            binding.rejectValue("to", "audit.toBeforeFrom");
        }
        List<Organization> organizations = orgs.organizations(me);
        Map<Long, String> names = organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        List<AuditRow> rows = List.of();
        if (binding.hasErrors()) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        } else {
            rows = audit.search(me, query.toFilter(me.timeZone())).stream().map(e -> row(e, names)).toList();
        }
        Forms.show(model, "query", query, binding);
        model.addAttribute("rows", rows);
        model.addAttribute("organizations", organizations);
        model.addAttribute("entityTypes", AuditLog.ENTITY_TYPES.stream().sorted().toList());
        return "audit/log";
    }

    private static AuditRow row(AuditEntry e, Map<Long, String> names) {
        String organization = e.orgId() == null ? null : names.getOrDefault(e.orgId(), "#" + e.orgId());
        if (e.action() == AuditAction.UPDATE && e.before() != null && e.after() != null) {
            try {
                JsonNode before = PRETTY.readTree(e.before());
                JsonNode after = PRETTY.readTree(e.after());
                if (before instanceof ObjectNode b && after instanceof ObjectNode a) {
                    return new AuditRow(e, organization, PRETTY.writeValueAsString(changed(b, a)),
                            PRETTY.writeValueAsString(changed(a, b)));
                }
            } catch (JacksonException ignored) {
                // not JSON objects after all: shown as stored, below
            }
        }
        return new AuditRow(e, organization, pretty(e.before()), pretty(e.after()));
    }

    /** The fields of {@code side} whose values differ from (or are missing in) {@code other}, in stored order. */
    private static Map<String, JsonNode> changed(ObjectNode side, ObjectNode other) {
        Map<String, JsonNode> changed = new LinkedHashMap<>();
        for (String field : side.propertyNames()) {
            if (!Objects.equals(side.get(field), other.get(field))) {
                changed.put(field, side.get(field));
            }
        }
        return changed;
    }

    private static String pretty(String json) {
        if (json == null) {
            return null;
        }
        try {
            return PRETTY.writeValueAsString(PRETTY.readTree(json));
        } catch (JacksonException e) {
            return json;
        }
    }
}
