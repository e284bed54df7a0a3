package org.castellan.modems;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.castellan.gateway.ModemDirectory;
import org.castellan.gateway.SessionKey;
import org.castellan.gateway.SharingPolicy;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.IdKind;
import org.castellan.irz.ident.ModemIdentity;

/**
 * The gateway's view of the registry, answered from memory on Netty event loops (never a query there): which modems
 * are registered (the allow-list), their poller ports, sharing policies and names for the shared poller port. Loaded
 * at start, kept current by {@link #put} on every registry change, and what the gateway decides (a port bound, a
 * modem refused) goes back through the callbacks, which queue it for the database.
 *
 * <p><b>Threading:</b> thread-safe.
 */
final class RegistryDirectory implements ModemDirectory {

    /** What the gateway needs of one registered or seen modem. */
    record Entry(long modemId, boolean registered, Integer port, Sharing sharing, String name) {
    }

    private final Map<String, Entry> byKey = new ConcurrentHashMap<>();
    private final Map<String, String> keyByName = new ConcurrentHashMap<>();
    private final Set<Integer> portsInUse = ConcurrentHashMap.newKeySet();
    private final boolean admitUnknown;
    private final int base;
    private final Consumer<PortBound> portBound;
    private final Consumer<ModemIdentity> refused;
    private int next;

    /** A poller port the gateway bound for a modem, to be stored. */
    record PortBound(String key, int port) {
    }

    RegistryDirectory(boolean admitUnknown, int base, Consumer<PortBound> portBound, Consumer<ModemIdentity> refused) {
        this.admitUnknown = admitUnknown;
        this.base = base;
        this.next = base;
        this.portBound = portBound;
        this.refused = refused;
    }

    /** Loads or replaces a modem's entry (start, and after every registry change). */
    void put(Modem modem) {
        Entry previous = byKey.put(modem.key(), new Entry(modem.id(), !modem.pending(), modem.pollerPort(),
                modem.sharing(), modem.name()));
        if (previous != null && previous.name() != null) {
            keyByName.remove(previous.name().toLowerCase(Locale.ROOT), modem.key());
        }
        if (modem.name() != null && !modem.pending()) {
            keyByName.put(modem.name().toLowerCase(Locale.ROOT), modem.key());
        }
        if (modem.pollerPort() != null) {
            portsInUse.add(modem.pollerPort());
        }
    }

    /** Forgets a removed modem (its port stays reserved until restart: pollers may still be configured with it). */
    void remove(String key) {
        Entry gone = byKey.remove(key);
        if (gone != null && gone.name() != null) {
            keyByName.remove(gone.name().toLowerCase(Locale.ROOT), key);
        }
    }

    Optional<Entry> entry(SessionKey key) {
        return Optional.ofNullable(byKey.get(key.toString()));
    }

    /** @return the registered name of a modem by its key ({@code IMEI} or {@code IMEI:channel}), or null */
    String name(String key) {
        Entry entry = byKey.get(key);
        return entry == null ? null : entry.name();
    }

    @Override
    public boolean admit(ModemIdentity identity) {
        if (admitUnknown) {
            return true;
        }
        Entry entry = byKey.get(SessionKey.of(identity).toString());
        if (entry != null && entry.registered()) {
            return true;
        }
        refused.accept(identity);
        return false;
    }

    @Override
    public Optional<SessionKey> resolve(String name) {
        Optional<SessionKey> parsed = SessionKey.parse(name.trim());
        if (parsed.isPresent()) {
            return parsed;
        }
        String key = keyByName.get(name.trim().toLowerCase(Locale.ROOT));
        return key == null ? Optional.empty() : SessionKey.parse(key);
    }

    @Override
    public SharingPolicy policy(SessionKey key) {
        Entry entry = byKey.get(key.toString());
        return SharingPolicy.valueOf((entry == null ? Sharing.TURNS : entry.sharing()).name());
    }

    @Override
    public Collection<SessionKey> known() {
        return byKey.entrySet().stream().filter(e -> e.getValue().registered())
                .map(e -> SessionKey.parse(e.getKey())).flatMap(Optional::stream).toList();
    }

    @Override
    public OptionalInt find(SessionKey key) {
        Entry entry = byKey.get(key.toString());
        return entry == null || entry.port() == null ? OptionalInt.empty() : OptionalInt.of(entry.port());
    }

    @Override
    public synchronized int propose(SessionKey key) {
        if (base == 0) {
            return 0;
        }
        while (portsInUse.contains(next)) {
            next++;
        }
        if (next > 65535) {
            throw new IllegalStateException("no poller port left above " + base);
        }
        return next++;
    }

    @Override
    public void record(SessionKey key, int port) {
        portsInUse.add(port);
        byKey.computeIfPresent(key.toString(), (k, e) -> new Entry(e.modemId(), e.registered(), port, e.sharing(),
                e.name()));
        portBound.accept(new PortBound(key.toString(), port));
    }

    /** @return the session key of a registry key ({@code IMEI} or {@code IMEI:channel}) */
    static Optional<SessionKey> sessionKey(String imei, int channel) {
        if (!IdKind.IMEI.accepts(imei)) {
            return Optional.empty();
        }
        return Optional.of(new SessionKey(DeviceId.imei(imei), channel));
    }

    /** @return the registry id of a modem by its key, or 0 when not yet recorded */
    long modemId(String key) {
        Entry entry = byKey.get(key);
        return entry == null ? 0 : entry.modemId();
    }

    /** @return every key known, for tests and the node's start */
    List<String> keys() {
        return List.copyOf(byKey.keySet());
    }
}
