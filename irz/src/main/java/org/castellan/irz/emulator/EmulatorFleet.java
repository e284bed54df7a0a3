package org.castellan.irz.emulator;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;

/**
 * Runs many emulated modems in one JVM: each connection reads on its own virtual thread (a blocked virtual thread
 * costs a few hundred bytes of heap, not a platform stack), and one daemon scheduler thread ticks every modem's
 * keep-alive timer, handing the write itself to a virtual thread so that one slow socket cannot delay the others.
 *
 * <p><b>Lifecycle:</b> create, {@link #add} modems, {@link ModemEmulator#connect()} them; {@link #close()} closes
 * every modem and stops the scheduler. Thread-safe.
 */
public final class EmulatorFleet implements AutoCloseable {

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "irz-emulator-timer");
        t.setDaemon(true);
        return t;
    });
    private final ThreadFactory virtualThreads = Thread.ofVirtual().name("irz-modem-", 0).factory();
    private final Set<ModemEmulator> modems = ConcurrentHashMap.newKeySet();

    /**
     * Adds a modem; it connects when {@link ModemEmulator#connect()} is called.
     *
     * @param serial what sits on its serial side
     */
    public ModemEmulator add(EmulatorConfig config, SerialDevice serial) {
        ModemEmulator modem = new ModemEmulator(config, serial, this);
        modems.add(modem);
        return modem;
    }

    /** @return the modems added and not closed */
    public List<ModemEmulator> modems() {
        return List.copyOf(modems);
    }

    /** Closes every modem and stops the scheduler. */
    @Override
    public void close() {
        modems.forEach(ModemEmulator::close);
        scheduler.shutdownNow();
    }

    void removed(ModemEmulator modem) {
        modems.remove(modem);
    }

    Thread start(Runnable task) {
        Thread thread = virtualThreads.newThread(task);
        thread.start();
        return thread;
    }

    ScheduledFuture<?> every(Duration period, Runnable task) {
        long nanos = period.toNanos();
        return scheduler.scheduleAtFixedRate(() -> start(task), nanos, nanos, TimeUnit.NANOSECONDS);
    }
}
