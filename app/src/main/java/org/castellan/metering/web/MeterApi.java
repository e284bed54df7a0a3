package org.castellan.metering.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import org.castellan.api.Created;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterForm;
import org.castellan.metering.MeterReadings;
import org.castellan.metering.MeterService;
import org.castellan.metering.ReadJob;
import org.castellan.metering.ReadKind;
import org.castellan.metering.ReadQueue;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.NotFoundException;
import org.springframework.format.annotation.DateTimeFormat;
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
 * Heat meters over the API: the registry, what has been read (archive, current values, gaps) and reads on demand.
 * Scope and roles are checked by {@link MeterService} and {@link MeterReadings}: a meter of another organization is
 * 404, a change without the administrator or engineer role 403.
 */
@RestController
@Tag(name = "Meters", description = "Heat meters: registry, archives, current values, gaps, reads on demand")
class MeterApi {
    private final MeterService meters;
    private final MeterReadings readings;
    private final ReadQueue queue;
    private final Clock clock;

    MeterApi(MeterService meters, MeterReadings readings, ReadQueue queue, Clock clock) {
        this.meters = meters;
        this.readings = readings;
        this.queue = queue;
        this.clock = clock;
    }

    /** What a client asks to read. */
    record ReadRequest(@NotNull ReadKind what) {
    }

    @GetMapping("/api/v1/meters")
    @Operation(summary = "List meters with status, newest t1/t2/flow of the statement system and hourly gaps")
    List<MeterRow> list(CurrentUser user, @RequestParam(required = false) Long orgId,
                        @RequestParam(required = false) Long siteId) {
        return readings.summaries(user, orgId, siteId).stream().map(MeterRow::of).toList();
    }

    @PostMapping("/api/v1/meters")
    @Operation(summary = "Register a meter (administrator or engineer); it is identified by a read at once")
    ResponseEntity<Meter> register(CurrentUser user, @Valid @RequestBody MeterForm form) {
        Meter created = meters.register(user, form);
        return Created.at("/api/v1/meters/{id}", created.id(), created);
    }

    @GetMapping("/api/v1/meters/{id}")
    @Operation(summary = "Get a meter")
    Meter meter(CurrentUser user, @PathVariable long id) {
        return meters.meter(user, id);
    }

    @PutMapping("/api/v1/meters/{id}")
    @Operation(summary = "Change a meter (administrator or engineer)")
    Meter update(CurrentUser user, @PathVariable long id, @Valid @RequestBody MeterForm form) {
        return meters.update(user, id, form);
    }

    @DeleteMapping("/api/v1/meters/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a meter, its device and its archive (administrator or engineer)")
    void delete(CurrentUser user, @PathVariable long id) {
        meters.delete(user, id);
    }

    @GetMapping("/api/v1/meters/{id}/archive")
    @Operation(summary = "Archive records with period starts in [from, to], oldest first, with exact decimal values",
            description = "Times are the meter's wall-clock time. Without from: a week of hours, 62 days or 13 "
                    + "months before to; without to: the meter's now. At most " + MeterReadings.MAX_RECORDS
                    + " records.")
    List<ArchiveJson> archive(CurrentUser user, @PathVariable long id,
                              @RequestParam(defaultValue = "HOURLY") ArchiveInterval interval,
                              @Parameter(description = "ISO local date-time, e.g. 2026-10-01T00:00")
                              @RequestParam(required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime from,
                              @RequestParam(required = false)
                              @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) LocalDateTime to) {
        Meter meter = meters.meter(user, id);
        LocalDateTime end = to != null ? to : meter.meterNow(clock.instant());
        LocalDateTime start = from != null ? from : ArchiveRange.defaultFrom(interval, end);
        return readings.archive(user, id, interval, start, end).stream().map(ArchiveJson::of).toList();
    }

    @GetMapping("/api/v1/meters/{id}/current")
    @Operation(summary = "The newest current values; 204 when the meter has not been read yet")
    ResponseEntity<ArchiveJson.CurrentJson> current(CurrentUser user, @PathVariable long id) {
        return readings.current(user, id).map(s -> ResponseEntity.ok(ArchiveJson.CurrentJson.of(s)))
                .orElseGet(() -> ResponseEntity.noContent().build());
    }

    @GetMapping("/api/v1/meters/{id}/gaps")
    @Operation(summary = "Missing periods within the plan's depth, with attempts and whether they are given up")
    List<MeterReadings.GapView> gaps(CurrentUser user, @PathVariable long id,
                                     @RequestParam(defaultValue = "HOURLY") ArchiveInterval interval) {
        return readings.gaps(user, id, interval);
    }

    @PostMapping("/api/v1/meters/{id}/reads")
    @Operation(summary = "Read now, ahead of the plans (anyone who may see the meter)",
            description = "202 with the queued job (or the same read already waiting); follow it at the Location.")
    ResponseEntity<ReadJob> readNow(CurrentUser user, @PathVariable long id, @Valid @RequestBody ReadRequest request) {
        ReadJob job = meters.readNow(user, id, request.what());
        return ResponseEntity.accepted().location(URI.create("/api/v1/meters/reads/" + job.id())).body(job);
    }

    @GetMapping("/api/v1/meters/{id}/reads")
    @Operation(summary = "The meter's latest read jobs, newest first")
    List<ReadJob> reads(CurrentUser user, @PathVariable long id,
                        @RequestParam(defaultValue = "20") int limit) {
        return meters.jobs(user, id, Math.clamp(limit, 1, 500));
    }

    @GetMapping("/api/v1/meters/reads/{jobId}")
    @Operation(summary = "One read job and its progress")
    ReadJob read(CurrentUser user, @PathVariable long jobId) {
        ReadJob job = queue.job(jobId).orElseThrow(() -> new NotFoundException("read job", jobId));
        try {
            meters.meter(user, job.meterId());
        } catch (NotFoundException e) {
            throw new NotFoundException("read job", jobId); // another organization's: as if it did not exist
        }
        return job;
    }
}
