package org.castellan.notify;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The delivery log in the console ({@code /notifications/deliveries}): newest first, filtered by organization,
 * status and channel, each with its attempts and the reason of the last failure (or of suppression); a FAILED
 * delivery has a "retry now" button. Administrators and dispatchers; scope is checked by {@link DeliveryService}.
 */
@Controller
class DeliveryPages {
    private final DeliveryService deliveries;
    private final EndpointService endpoints;
    private final OrgService orgs;

    /** A delivery with whom it went to as a person reads it: the endpoint's name for webhook and MQTT. */
    public record DeliveryRow(Delivery delivery, String to) {
    }

    DeliveryPages(DeliveryService deliveries, EndpointService endpoints, OrgService orgs) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.orgs = orgs;
    }

    /** Filter values that do not parse (an unknown status) are left out rather than refused. */
    @GetMapping("/notifications/deliveries")
    String list(CurrentUser me, @ModelAttribute("filter") DeliveryFilter filter, BindingResult binding, Model model) {
        me.requireAny(Role.ADMIN, Role.DISPATCHER);
        List<Organization> organizations = orgs.organizations(me);
        Map<Long, String> orgNames = organizations.stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        Forms.show(model, "filter", filter, binding);
        Map<Long, String> endpointNames = endpoints.names(me);
        model.addAttribute("rows", deliveries.deliveries(me, filter).stream()
                .map(d -> new DeliveryRow(d, to(d, endpointNames))).toList());
        model.addAttribute("organizations", organizations);
        model.addAttribute("orgNames", orgNames);
        model.addAttribute("statuses", Arrays.asList(DeliveryStatus.values()));
        model.addAttribute("channels", Arrays.asList(ChannelKind.values()));
        return "notify/deliveries";
    }

    private static String to(Delivery d, Map<Long, String> endpointNames) {
        if (d.channel() != ChannelKind.WEBHOOK && d.channel() != ChannelKind.MQTT) {
            return d.address();
        }
        try {
            return endpointNames.getOrDefault(Long.parseLong(d.address()), "#" + d.address());
        } catch (NumberFormatException e) {
            return d.address();
        }
    }

    @PostMapping("/notifications/deliveries/{id}/retry")
    String retry(@PathVariable long id, CurrentUser me, RedirectAttributes redirect) {
        Delivery delivery = deliveries.retry(me, id);
        redirect.addFlashAttribute("notice", "delivery.retried");
        return "redirect:/notifications/deliveries?orgId=" + delivery.orgId();
    }
}
