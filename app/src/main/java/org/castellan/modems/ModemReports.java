package org.castellan.modems;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.devices.DeviceState;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the gateway saw, written to the registry: the edge's only way in (it never writes SQL). Called by the gateway
 * node's recorder thread, never by people, so there are no scope checks. Registered modems' online state goes to the
 * device registry, which journals {@code device.online}/{@code device.offline}; GPI changes are journalled as
 * {@code modem.gpi}. Pending modems (no organization) are recorded but journal nothing, since every event belongs to
 * an organization.
 */
@Service
@Transactional
public class ModemReports {
    private final ModemRepository repository;
    private final DeviceService devices;
    private final EventJournal journal;

    ModemReports(ModemRepository repository, DeviceService devices, EventJournal journal) {
        this.repository = repository;
        this.devices = devices;
        this.journal = journal;
    }

    /** What a modem said when it identified. */
    public record Connected(String imei, int channel, Map<String, String> identity, String model, String firmware,
                            Integer simSlot, Integer csq, Integer dbm, String remote, String node, Instant at) {
        public Connected {
            identity = new LinkedHashMap<>(identity);
        }
    }

    /**
     * A modem identified and its session is online: the row is created when the IMEI is new (pending, unless a
     * device of kind MODEM with this IMEI is registered, which it is then linked to).
     *
     * @return the modem's row
     */
    public Modem connected(Connected c) {
        long id = repository.connected(c.imei(), c.channel(), c.identity(), c.model(), c.firmware(), c.simSlot(),
                c.csq(), c.dbm(), c.remote(), c.node(), c.at());
        Modem modem = repository.byId(id).orElseThrow();
        if (modem.deviceId() == null) {
            Optional<Device> device = devices.registered(DeviceKind.MODEM, modem.key());
            if (device.isPresent()) {
                repository.link(id, device.get().id(), device.get().orgId());
                modem = repository.byId(id).orElseThrow();
            }
        }
        if (modem.deviceId() != null) {
            devices.reportState(modem.deviceId(), DeviceState.ONLINE, c.at(), null);
            devices.reportSeen(modem.deviceId(), c.at());
        }
        return modem;
    }

    /** The allow-list refused a modem. */
    public void refused(String imei, int channel, Map<String, String> identity, String remote, Instant at) {
        repository.refused(imei, channel, identity, remote, at);
    }

    /** The modem's session went offline. */
    public void offline(long modemId, String reason, Instant at) {
        repository.offline(modemId, reason, at);
        repository.byId(modemId).filter(m -> m.deviceId() != null)
                .ifPresent(m -> devices.reportState(m.deviceId(), DeviceState.OFFLINE, at, reason));
    }

    /** One of the modem's connections ended. */
    public void sessionEnded(long modemId, String remote, Instant started, Instant ended, long fromModem,
                             long toModem, String reason) {
        repository.session(modemId, remote, started, ended, fromModem, toModem, reason);
    }

    /** The modem answered status commands (any of them may be null: not asked or not answered). */
    public void status(long modemId, Integer csq, Integer dbm, Integer temperature, String gpio, String iccid,
                       Instant at) {
        repository.status(modemId, csq, dbm, temperature, gpio, iccid, at);
    }

    /**
     * The modem reported its inputs changed (irz-modem.md §5): stores the pins and journals {@code modem.gpi}.
     *
     * @param changed the input pins whose level changed, 1-based, with their new level
     */
    public void gpi(long modemId, String gpio, Map<Integer, Boolean> changed, Instant at) {
        repository.status(modemId, null, null, null, gpio, null, at);
        Modem modem = repository.byId(modemId).orElseThrow();
        if (modem.deviceId() == null) {
            return;
        }
        Device device = devices.registered(DeviceKind.MODEM, modem.key()).orElse(null);
        Long siteId = device == null ? null : device.siteId();
        Long zoneId = device == null ? null : device.zoneId();
        StringBuilder message = new StringBuilder(device == null ? modem.key() : device.name()).append(": GPI");
        Map<String, Object> data = new LinkedHashMap<>();
        changed.forEach((pin, high) -> {
            message.append(' ').append(pin).append(high ? "=1" : "=0");
            data.put("gpi" + pin, high ? 1 : 0);
        });
        data.put("gpio", gpio);
        journal.append(NewEvent.of(modem.orgId(), at, "modem.gpi", EventSeverity.MINOR, message.toString())
                .device(modem.deviceId(), siteId, zoneId).source("gateway").data(data));
    }

    /** The gateway bound the modem's poller port. */
    public void pollerPort(long modemId, int port) {
        repository.pollerPort(modemId, port);
    }

    /** A gateway node started or stopped: none of its sessions is open. */
    public int nodeOffline(String node, String reason, Instant at) {
        var ids = repository.onlineAt(node);
        ids.forEach(id -> offline(id, reason, at));
        return ids.size();
    }

    /** @return every modem with its device's name and site, for the gateway node's directory */
    @Transactional(readOnly = true)
    public java.util.List<Modem> all() {
        Map<Long, Device> byId = new java.util.HashMap<>();
        devices.allOfKind(DeviceKind.MODEM).forEach(d -> byId.put(d.id(), d));
        return repository.all().stream().map(m -> named(m, m.deviceId() == null ? null : byId.get(m.deviceId())))
                .toList();
    }

    /** @return one modem with its device's name and site, for the gateway node */
    @Transactional(readOnly = true)
    public Optional<Modem> byId(long id) {
        return repository.byId(id).map(m -> named(m, m.deviceId() == null ? null
                : devices.registered(DeviceKind.MODEM, m.key()).filter(d -> d.id() == m.deviceId()).orElse(null)));
    }

    private static Modem named(Modem m, Device device) {
        return device == null ? m.withDevice(m.key(), null) : m.withDevice(device.name(), device.siteId());
    }
}
