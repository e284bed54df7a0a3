package org.castellan.modems;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceFilter;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.platform.ConflictException;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modem registry for people: list, detail and session history of the modems of their organizations (pending
 * modems, which belong to nobody yet, only for platform administrators), registering, changing and removing modems
 * ({@link Role#ADMIN} or {@link Role#ENGINEER}, audited). A registered modem is also a device of kind
 * {@link DeviceKind#MODEM} named after it, so it appears in the device registry and the event journal.
 * What the gateway reports goes through {@link ModemReports}. Every change publishes {@link ModemChanged} after
 * commit, which the gateway node applies to its allow-list and ports.
 */
@Service
@Transactional
public class ModemService {
    static final String MODEM = "modem";
    private static final int SESSIONS_SHOWN = 50;

    private final ModemRepository repository;
    private final DeviceService devices;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;

    ModemService(ModemRepository repository, DeviceService devices, AuditLog audit, ApplicationEventPublisher events) {
        this.repository = repository;
        this.devices = devices;
        this.audit = audit;
        this.events = events;
    }

    @Transactional(readOnly = true)
    public List<Modem> modems(CurrentUser user, ModemFilter filter) {
        Map<Long, Device> byId = devices.devices(user, new DeviceFilter(null, null, DeviceKind.MODEM, null, null))
                .stream().collect(Collectors.toMap(Device::id, Function.identity()));
        String text = filter.q() == null || filter.q().isBlank() ? null : filter.q().trim().toLowerCase(Locale.ROOT);
        List<Modem> result = new ArrayList<>();
        for (Modem m : repository.find(user.allOrgs(), user.orgIds().toArray(Long[]::new), filter)) {
            Modem modem = named(m, byId.get(m.deviceId()));
            if (filter.siteId() != null && !filter.siteId().equals(modem.siteId())) {
                continue;
            }
            if (text == null || contains(modem, text)) {
                result.add(modem);
            }
        }
        return result;
    }

    @Transactional(readOnly = true)
    public Modem modem(CurrentUser user, long id) {
        Modem modem = repository.byId(id).orElseThrow(() -> new NotFoundException(MODEM, id));
        if (modem.pending()) {
            if (!user.allOrgs()) {
                throw new NotFoundException(MODEM, id);
            }
            return modem.withDevice(modem.key(), null);
        }
        user.requireOrg(modem.orgId(), MODEM, id);
        return named(modem, devices.device(user, modem.deviceId()));
    }

    /** @return the modem with this IMEI and channel, if the caller may see it */
    @Transactional(readOnly = true)
    public Optional<Modem> byKey(CurrentUser user, String imei, int channel) {
        return repository.byKey(imei, channel).flatMap(m -> {
            try {
                return Optional.of(modem(user, m.id()));
            } catch (NotFoundException e) {
                return Optional.empty();
            }
        });
    }

    @Transactional(readOnly = true)
    public List<ModemSession> sessions(CurrentUser user, long id) {
        modem(user, id);
        return repository.sessions(id, SESSIONS_SHOWN);
    }

    /**
     * Registers a modem in an organization: a new IMEI, or a pending one the gateway has already seen (a platform
     * administrator's job, since pending modems belong to nobody).
     */
    public Modem register(CurrentUser user, ModemForm form) {
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        Optional<Modem> existing = repository.byKey(form.imei(), form.channel());
        if (existing.isPresent() && !existing.get().pending()) {
            throw new InvalidInputException("imei", "validation.modemRegistered", Modem.key(form.imei(), form.channel()));
        }
        checkPort(form, existing.map(Modem::id).orElse(0L));
        checkImei(form.imei());
        Device device = devices.create(user, deviceForm(form, null));
        long id = repository.register(form, device.id());
        Modem created = modem(user, id);
        audit.record(user, created.orgId(), MODEM, id, AuditAction.CREATE, existing.orElse(null), created);
        events.publishEvent(new ModemChanged(id));
        return created;
    }

    public Modem update(CurrentUser user, long id, ModemForm form) {
        Modem before = modem(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        if (before.pending()) {
            throw new ConflictException("conflict.modemPending", before.key());
        }
        if (!before.imei().equals(form.imei()) || before.channel() != form.channel()) {
            throw new InvalidInputException("imei", "validation.modemIdentityFixed", before.key());
        }
        checkPort(form, id);
        Device device = devices.device(user, before.deviceId());
        devices.update(user, device.id(), deviceForm(form, device));
        repository.update(id, form);
        Modem after = modem(user, id);
        audit.record(user, after.orgId(), MODEM, id, AuditAction.UPDATE, before, after);
        events.publishEvent(new ModemChanged(id));
        return after;
    }

    /** Removes a modem and its device; its session history goes with it. */
    public void delete(CurrentUser user, long id) {
        Modem before = modem(user, id);
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        repository.delete(id);
        if (before.deviceId() != null) {
            devices.delete(user, before.deviceId());
        }
        audit.record(user, before.orgId(), MODEM, id, AuditAction.DELETE, before, null);
        events.publishEvent(new ModemChanged(id));
    }

    private void checkPort(ModemForm form, long id) {
        if (form.pollerPort() != null && repository.portTaken(form.pollerPort(), id)) {
            throw new InvalidInputException("pollerPort", "validation.portTaken", String.valueOf(form.pollerPort()));
        }
    }

    /** The IMEI's last digit is a Luhn check digit (3GPP TS 23.003 §6.2.1); a typo there is caught here. */
    static void checkImei(String imei) {
        if (!imei.matches("[0-9]{15}")) {
            return; // not an IMEI but a registration packet's identifier
        }
        int expected = Imei.checkDigit(imei.substring(0, 14));
        if (imei.charAt(14) - '0' != expected) {
            throw new InvalidInputException("imei", "validation.imeiCheckDigit", imei, expected);
        }
    }

    private static DeviceForm deviceForm(ModemForm form, Device existing) {
        String name = form.name() != null ? form.name() : existing != null ? existing.name()
                : Modem.key(form.imei(), form.channel());
        Map<String, String> connection = existing == null ? Map.of() : existing.connection();
        Long zone = form.zoneId() != null || existing == null || !java.util.Objects.equals(existing.siteId(),
                form.siteId()) ? form.zoneId() : existing.zoneId(); // the modem form has no zone: keep the device's
        return new DeviceForm(form.orgId(), form.siteId(), zone, DeviceKind.MODEM, name,
                Modem.key(form.imei(), form.channel()), connection);
    }

    private static Modem named(Modem modem, Device device) {
        return device == null ? modem.withDevice(modem.key(), null) : modem.withDevice(device.name(), device.siteId());
    }

    private static boolean contains(Modem m, String text) {
        return m.imei().contains(text) || (m.name() != null && m.name().toLowerCase(Locale.ROOT).contains(text))
                || (m.phone() != null && m.phone().contains(text)) || (m.iccid() != null && m.iccid().contains(text));
    }
}
