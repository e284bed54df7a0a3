package org.castellan.gateway;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.castellan.irz.ident.DeviceId;
import org.castellan.irz.ident.ModemIdentity;

/**
 * A {@link ModemDirectory} kept in memory, for tests and a gateway run without the platform: device names, sharing
 * policies, an optional allow-list and known modems set by hand; poller ports from {@link InMemoryPortAssignments}.
 * Everything is lost on restart, except that the same instance given to a new listener keeps its ports.
 *
 * <p><b>Threading:</b> thread-safe; the setters may be called while a listener uses it (a policy takes effect for
 * sessions made afterwards).
 */
public final class InMemoryModemDirectory implements ModemDirectory {

    private final InMemoryPortAssignments ports;
    private final Map<String, SessionKey> names = new ConcurrentHashMap<>();
    private final Map<SessionKey, SharingPolicy> policies = new ConcurrentHashMap<>();
    private final Set<SessionKey> known = ConcurrentHashMap.newKeySet();
    private volatile Set<DeviceId> admitted;

    /**
     * @param base the first poller port proposed, 0 for ports the operating system picks (tests)
     * @throws IllegalArgumentException if {@code base} is not 0–65535
     */
    public InMemoryModemDirectory(int base) {
        this.ports = new InMemoryPortAssignments(base);
    }

    /** A directory whose poller ports start at {@link InMemoryPortAssignments#DEFAULT_BASE}. */
    public InMemoryModemDirectory() {
        this(InMemoryPortAssignments.DEFAULT_BASE);
    }

    /** Lets pollers on the shared port name {@code key}'s modem {@code name}; @return this */
    public InMemoryModemDirectory name(String name, SessionKey key) {
        names.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(key, "key"));
        return this;
    }

    /** Shares {@code key}'s modem under {@code policy} (sessions made from now on); @return this */
    public InMemoryModemDirectory sharing(SessionKey key, SharingPolicy policy) {
        policies.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(policy, "policy"));
        return this;
    }

    /** Admits only these devices from now on (every channel of each); @return this */
    public InMemoryModemDirectory admitOnly(Collection<DeviceId> ids) {
        admitted = Set.copyOf(ids);
        return this;
    }

    /** Adds modems known before they connect; @return this */
    public InMemoryModemDirectory know(SessionKey... keys) {
        known.addAll(List.of(keys));
        return this;
    }

    @Override
    public boolean admit(ModemIdentity identity) {
        Set<DeviceId> only = admitted;
        return only == null || only.contains(identity.id());
    }

    /** Device names first, then the {@code IMEI[:channel]} form. */
    @Override
    public Optional<SessionKey> resolve(String name) {
        SessionKey named = names.get(name);
        return named != null ? Optional.of(named) : ModemDirectory.super.resolve(name);
    }

    @Override
    public SharingPolicy policy(SessionKey key) {
        return policies.getOrDefault(key, SharingPolicy.TURNS);
    }

    @Override
    public Collection<SessionKey> known() {
        return List.copyOf(new LinkedHashSet<>(known));
    }

    @Override
    public OptionalInt find(SessionKey key) {
        return ports.find(key);
    }

    @Override
    public int propose(SessionKey key) {
        return ports.propose(key);
    }

    @Override
    public void record(SessionKey key, int port) {
        ports.record(key, port);
    }
}
