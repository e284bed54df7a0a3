package org.castellan.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.castellan.platform.CurrentUser;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log over the API; scope and roles are checked by {@link DeliveryService}. */
@RestController
@Tag(name = "Notifications", description = "Delivery log and notification endpoints (webhook, MQTT)")
class DeliveryApi {
    private final DeliveryService deliveries;

    DeliveryApi(DeliveryService deliveries) {
        this.deliveries = deliveries;
    }

    @GetMapping("/api/v1/notifications/deliveries")
    @Operation(summary = "Deliveries of the caller's organizations, newest first (administrator or dispatcher)")
    List<Delivery> deliveries(CurrentUser user,
                              @RequestParam(required = false) Long orgId,
                              @RequestParam(required = false) DeliveryStatus status,
                              @RequestParam(required = false) ChannelKind channel,
                              @Parameter(description = "At most this many (default 200, at most 1000)")
                              @RequestParam(required = false) Integer limit) {
        return deliveries.deliveries(user, new DeliveryFilter(orgId, status, channel, limit));
    }

    @GetMapping("/api/v1/notifications/deliveries/{id}")
    @Operation(summary = "Get a delivery")
    Delivery delivery(CurrentUser user, @PathVariable long id) {
        return deliveries.delivery(user, id);
    }

    @PostMapping("/api/v1/notifications/deliveries/{id}/retry")
    @Operation(summary = "Send a FAILED delivery again with a fresh set of attempts (409 when it is not FAILED)")
    Delivery retry(CurrentUser user, @PathVariable long id) {
        return deliveries.retry(user, id);
    }
}
