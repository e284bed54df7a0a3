package org.castellan.metering;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.metering.conditions.InvalidLimitsException;
import org.castellan.metering.conditions.MeterConditions;
import org.castellan.metering.conditions.MeterLimits;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Json;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Meters and polling plans for people: list and detail within their organizations; registering, changing and
 * removing ({@link Role#ADMIN} or {@link Role#ENGINEER}, audited). A meter is also a device of kind
 * {@link DeviceKind#HEAT_METER} named after it, so it appears in the device registry, the event journal and the
 * alarms. A newly registered meter gets an identify read at once, so its model, serial number and systems are known
 * before the first archive read.
 */
@Service
@Transactional
public class MeterService {
    static final String METER = "meter";
    static final String PLAN = "poll_plan";

    private final MeterRepository repository;
    private final DeviceService devices;
    private final AuditLog audit;
    private final ReadQueue queue;
    private final JdbcClient jdbc;
    private final MeterConditions conditions;
    private final Clock clock;

    MeterService(MeterRepository repository, DeviceService devices, AuditLog audit, ReadQueue queue, JdbcClient jdbc,
                 MeterConditions conditions, Clock clock) {
        this.conditions = conditions;
        this.repository = repository;
        this.devices = devices;
        this.audit = audit;
        this.queue = queue;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public List<Meter> meters(CurrentUser user, Long orgId, Long siteId) {
        return repository.find(user.allOrgs(), user.orgIds().toArray(Long[]::new), orgId, siteId);
    }

    @Transactional(readOnly = true)
    public Meter meter(CurrentUser user, long id) {
        Meter meter = repository.byId(id).orElseThrow(() -> new NotFoundException(METER, id));
        user.requireOrg(meter.orgId(), METER, id);
        return meter;
    }

    public Meter register(CurrentUser user, MeterForm form) {
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        check(user, form, 0);
        Device device = devices.create(user, deviceForm(form));
        long id = repository.insert(device.id(), form);
        Meter created = meter(user, id);
        audit.record(user, created.orgId(), METER, id, AuditAction.CREATE, null, created);
        queue.enqueue(id, created.line(), ReadKind.IDENTIFY, ReadQueue.PLAN_PRIORITY + 1, null, clock.instant());
        return created;
    }

    public Meter update(CurrentUser user, long id, MeterForm form) {
        Meter before = meter(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        check(user, form, id);
        Device device = devices.device(user, before.deviceId());
        devices.update(user, device.id(), deviceForm(form));
        repository.update(id, form);
        Meter after = meter(user, id);
        audit.record(user, after.orgId(), METER, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** Removes a meter and its device; its archive goes with it. */
    public void delete(CurrentUser user, long id) {
        Meter before = meter(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        conditions.forget(before.ref(), clock.instant()); // its alarms clear rather than stay open for nothing
        repository.delete(id);
        jdbc.sql("delete from archive_record where meter_id = :id").param("id", id).update();
        jdbc.sql("delete from current_snapshot where meter_id = :id").param("id", id).update();
        devices.delete(user, before.deviceId());
        audit.record(user, before.orgId(), METER, id, AuditAction.DELETE, before, null);
    }

    /**
     * Asks for a read now, ahead of the plans ({@link ReadQueue#ON_DEMAND_PRIORITY}): any person who may see the meter
     * (a dispatcher too). An archive read looks as far back as the meter's plan keeps complete (a week of hours when
     * it has none). Returns the job, or the one already waiting for the same read (now at the front).
     */
    public ReadJob readNow(CurrentUser user, long id, ReadKind what) {
        Meter meter = meter(user, id);
        long job = queue.enqueue(meter.id(), meter.line(), what, ReadQueue.ON_DEMAND_PRIORITY, user.username(),
                clock.instant());
        return queue.job(job).orElseThrow();
    }

    @Transactional(readOnly = true)
    public List<ReadJob> jobs(CurrentUser user, long id, int limit) {
        meter(user, id);
        return queue.recent(id, limit);
    }

    // plans

    @Transactional(readOnly = true)
    public List<PollPlan> plans(CurrentUser user) {
        return repository.plans(user.allOrgs(), user.orgIds().toArray(Long[]::new));
    }

    @Transactional(readOnly = true)
    public PollPlan plan(CurrentUser user, long id) {
        PollPlan plan = repository.plan(id).orElseThrow(() -> new NotFoundException(PLAN, id));
        user.requireOrg(plan.orgId(), PLAN, id);
        return plan;
    }

    public PollPlan createPlan(CurrentUser user, PollPlanForm form) {
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        user.requireOrg(form.orgId(), "organization", form.orgId());
        checkPlan(form);
        long id = repository.insertPlan(form);
        PollPlan created = plan(user, id);
        audit.record(user, created.orgId(), PLAN, id, AuditAction.CREATE, null, created);
        return created;
    }

    public PollPlan updatePlan(CurrentUser user, long id, PollPlanForm form) {
        PollPlan before = plan(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        if (form.orgId() != before.orgId()) {
            throw new InvalidInputException("orgId", "validation.planOrgFixed");
        }
        checkPlan(form);
        repository.updatePlan(id, form);
        PollPlan after = plan(user, id);
        audit.record(user, after.orgId(), PLAN, id, AuditAction.UPDATE, before, after);
        return after;
    }

    /** Removes a plan; its meters keep their data and are read no more until given another plan. */
    public void deletePlan(CurrentUser user, long id) {
        PollPlan before = plan(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        repository.deletePlan(id);
        audit.record(user, before.orgId(), PLAN, id, AuditAction.DELETE, before, null);
    }

    private void check(CurrentUser user, MeterForm form, long id) {
        user.requireOrg(form.orgId(), "organization", form.orgId());
        switch (form.connection()) {
            case MODEM -> {
                if (form.modemId() == null) {
                    throw new InvalidInputException("modemId", "validation.meterModemRequired");
                }
                Long modemOrg = jdbc.sql("select org_id from modem where id = :id and device_id is not null")
                        .param("id", form.modemId()).query(Long.class).optional().orElse(null);
                if (!Objects.equals(modemOrg, form.orgId())) {
                    throw new InvalidInputException("modemId", "validation.meterModemUnknown",
                            String.valueOf(form.modemId()));
                }
            }
            case TCP -> {
                if (form.host() == null || form.port() == null) {
                    throw new InvalidInputException("host", "validation.meterHostRequired");
                }
            }
            case SERIAL -> {
                if (form.serialPort() == null) {
                    throw new InvalidInputException("serialPort", "validation.meterSerialRequired");
                }
            }
        }
        if (form.returnSystem() != null && form.returnSystem().equals(form.statementSystem())) {
            throw new InvalidInputException("returnSystem", "validation.meterReturnSystem");
        }
        if (form.planId() != null) {
            PollPlan plan = repository.plan(form.planId())
                    .orElseThrow(() -> new InvalidInputException("planId", "validation.meterPlanUnknown",
                            String.valueOf(form.planId())));
            if (plan.orgId() != form.orgId()) {
                throw new InvalidInputException("planId", "validation.meterPlanUnknown", String.valueOf(form.planId()));
            }
        }
        try {
            MeterLimits.parse(Json.write(form.limits()));
        } catch (InvalidLimitsException e) {
            throw new InvalidInputException("limits", "validation.meterLimits", e.getMessage());
        }
        if (repository.lineAddressTaken(form.line(), form.address(), id)) {
            throw new InvalidInputException("address", "validation.meterAddressTaken", String.valueOf(form.address()),
                    form.line());
        }
    }

    private static void checkPlan(PollPlanForm form) {
        if ((form.windowStart() == null) != (form.windowEnd() == null)) {
            throw new InvalidInputException("windowEnd", "validation.planWindow");
        }
        for (var every : new java.time.Duration[] {form.currentEvery(), form.hourlyEvery(), form.dailyEvery(),
                form.monthlyEvery()}) {
            if (every != null && every.compareTo(java.time.Duration.ofMinutes(1)) < 0) {
                throw new InvalidInputException("currentEvery", "validation.planEvery");
            }
        }
    }

    private static DeviceForm deviceForm(MeterForm form) {
        Map<String, String> connection = new HashMap<>();
        connection.put("line", form.line());
        connection.put("address", String.valueOf(form.address()));
        return new DeviceForm(form.orgId(), form.siteId(), form.zoneId(), DeviceKind.HEAT_METER, form.name(),
                form.line() + "#" + form.address(), connection);
    }
}
