package org.castellan.gateway;

import java.util.OptionalInt;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Poller ports kept in memory: the first session gets {@code base}, the next {@code base + 1} and so on (irz-modem.md
 * §7: ports in the field start around 35000). A base of 0 lets the operating system pick each port (tests). Lost on
 * restart; the platform replaces it with a persistent implementation. Thread-safe.
 */
public final class InMemoryPortAssignments implements PortAssignments {

    /** The default first port, as in the field. */
    public static final int DEFAULT_BASE = 35000;

    private final int base;
    private final AtomicInteger next = new AtomicInteger();
    private final ConcurrentMap<SessionKey, Integer> ports = new ConcurrentHashMap<>();

    /** @throws IllegalArgumentException if {@code base} is not 0–65535 */
    public InMemoryPortAssignments(int base) {
        if (base < 0 || base > 65535) {
            throw new IllegalArgumentException("base: expected 0–65535, found " + base);
        }
        this.base = base;
    }

    /** Assignments from {@link #DEFAULT_BASE}. */
    public InMemoryPortAssignments() {
        this(DEFAULT_BASE);
    }

    @Override
    public OptionalInt find(SessionKey key) {
        Integer port = ports.get(key);
        return port == null ? OptionalInt.empty() : OptionalInt.of(port);
    }

    @Override
    public int propose(SessionKey key) {
        return base == 0 ? 0 : base + next.getAndIncrement();
    }

    @Override
    public void record(SessionKey key, int port) {
        ports.put(key, port);
    }
}
