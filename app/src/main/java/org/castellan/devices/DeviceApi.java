package org.castellan.devices;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;
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

/**
 * The device registry over the API. Scope and roles are checked by {@link DeviceService}; the journal's endpoints
 * are {@code events.EventApi}.
 */
@RestController
@Tag(name = "Devices", description = "The device registry")
class DeviceApi {
    private final DeviceService devices;

    DeviceApi(DeviceService devices) {
        this.devices = devices;
    }

    @GetMapping("/api/v1/devices")
    @Operation(summary = "List devices of the caller's organizations")
    List<Device> devices(CurrentUser user,
                         @RequestParam(required = false) Long orgId,
                         @RequestParam(required = false) Long siteId,
                         @RequestParam(required = false) DeviceKind kind,
                         @RequestParam(required = false) DeviceState state,
                         @Parameter(description = "Part of the name or identifier") @RequestParam(required = false) String q) {
        return devices.devices(user, new DeviceFilter(orgId, siteId, kind, state, q));
    }

    @PostMapping("/api/v1/devices")
    @Operation(summary = "Register a device (administrator or engineer)")
    ResponseEntity<Device> create(CurrentUser user, @Valid @RequestBody DeviceForm form) {
        Device created = devices.create(user, form);
        return Created.at("/api/v1/devices/{id}", created.id(), created);
    }

    @GetMapping("/api/v1/devices/{id}")
    @Operation(summary = "Get a device")
    Device device(CurrentUser user, @PathVariable long id) {
        return devices.device(user, id);
    }

    @PutMapping("/api/v1/devices/{id}")
    @Operation(summary = "Change a device (administrator or engineer)")
    Device update(CurrentUser user, @PathVariable long id, @Valid @RequestBody DeviceForm form) {
        return devices.update(user, id, form);
    }

    @DeleteMapping("/api/v1/devices/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a device (administrator or engineer)")
    void delete(CurrentUser user, @PathVariable long id) {
        devices.delete(user, id);
    }
}
