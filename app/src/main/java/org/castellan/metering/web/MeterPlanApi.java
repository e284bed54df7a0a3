package org.castellan.metering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.util.List;

import org.castellan.api.Created;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlan;
import org.castellan.metering.PollPlanForm;
import org.castellan.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** Polling plans over the API; durations are ISO-8601 ({@code PT15M}). Checks are {@link MeterService}'s. */
@RestController
@Tag(name = "Meter plans", description = "Polling plans: how often meters are read and how far back archives are kept")
class MeterPlanApi {
    private final MeterService meters;

    MeterPlanApi(MeterService meters) {
        this.meters = meters;
    }

    @GetMapping("/api/v1/meter-plans")
    @Operation(summary = "List polling plans")
    List<PollPlan> list(CurrentUser user) {
        return meters.plans(user);
    }

    @PostMapping("/api/v1/meter-plans")
    @Operation(summary = "Create a polling plan (administrator or engineer)")
    ResponseEntity<PollPlan> create(CurrentUser user, @Valid @RequestBody PollPlanForm form) {
        PollPlan created = meters.createPlan(user, form);
        return Created.at("/api/v1/meter-plans/{id}", created.id(), created);
    }

    @GetMapping("/api/v1/meter-plans/{id}")
    @Operation(summary = "Get a polling plan")
    PollPlan plan(CurrentUser user, @PathVariable long id) {
        return meters.plan(user, id);
    }

    @PutMapping("/api/v1/meter-plans/{id}")
    @Operation(summary = "Change a polling plan (administrator or engineer)")
    PollPlan update(CurrentUser user, @PathVariable long id, @Valid @RequestBody PollPlanForm form) {
        return meters.updatePlan(user, id, form);
    }

    @DeleteMapping("/api/v1/meter-plans/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a polling plan; its meters are read no more until given another")
    void delete(CurrentUser user, @PathVariable long id) {
        meters.deletePlan(user, id);
    }
}
