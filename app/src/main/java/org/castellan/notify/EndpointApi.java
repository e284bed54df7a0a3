package org.castellan.notify;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
import java.util.Map;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Webhook and MQTT endpoints over the API (administrators); checks are in {@link EndpointService}. */
@RestController
@Tag(name = "Notifications")
class EndpointApi {
    private final EndpointService endpoints;

    EndpointApi(EndpointService endpoints) {
        this.endpoints = endpoints;
    }

    @GetMapping("/api/v1/notifications/endpoints")
    @Operation(summary = "Endpoints of the caller's organizations (the secret is never returned, only its last characters)")
    List<Endpoint> endpoints(CurrentUser user, @RequestParam(required = false) Long orgId) {
        return endpoints.endpoints(user, orgId);
    }

    @PostMapping("/api/v1/notifications/endpoints")
    @Operation(summary = "Add a webhook (url, secret of at least 16 characters) or MQTT (topic) endpoint")
    ResponseEntity<Endpoint> create(CurrentUser user, @Valid @RequestBody EndpointForm form) {
        Endpoint created = endpoints.create(user, form);
        return Created.at("/api/v1/notifications/endpoints/{id}", created.id(), created);
    }

    @GetMapping("/api/v1/notifications/endpoints/{id}")
    @Operation(summary = "Get an endpoint")
    Endpoint endpoint(CurrentUser user, @PathVariable long id) {
        return endpoints.endpoint(user, id);
    }

    @PutMapping("/api/v1/notifications/endpoints/{id}")
    @Operation(summary = "Change an endpoint (an empty secret keeps the stored one; enabled=false disables it)")
    Endpoint update(CurrentUser user, @PathVariable long id, @Valid @RequestBody EndpointForm form) {
        return endpoints.update(user, id, form);
    }

    @DeleteMapping("/api/v1/notifications/endpoints/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove an endpoint")
    void delete(CurrentUser user, @PathVariable long id) {
        endpoints.delete(user, id);
    }

    @PostMapping("/api/v1/notifications/endpoints/{id}/test")
    @ResponseStatus(HttpStatus.ACCEPTED)
    @Operation(summary = "Queue a test message to the endpoint; answers the delivery id to follow in the log")
    Map<String, Long> test(CurrentUser user, @PathVariable long id) {
        return Map.of("deliveryId", endpoints.sendTest(user, id));
    }
}
