package org.castellan.tem106.emulator;

import static org.castellan.tem106.memory.TimerMemoryField.ADR_DAY;
import static org.castellan.tem106.memory.TimerMemoryField.ADR_HOUR;
import static org.castellan.tem106.memory.TimerMemoryField.ADR_MONTH;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.ConfigurationCodec;

/**
 * A virtual TEM-106: answers identify, timer-memory and Flash reads from a simulated meter.
 *
 * <p><b>Time:</b> the meter's clock is {@code profile.start()} plus the time elapsed on the injected {@link Clock}
 * since construction, times {@code profile.speed()}. The simulation catches up lazily, before each answer, so a test
 * that moves a fixed clock forward sees the meter move exactly that far without sleeping.
 *
 * <p><b>Threading:</b> thread-safe; answers are serialised (a meter does one thing at a time), so several
 * connections may share one meter.
 */
public final class VirtualMeter {
    /** What the emulator answers to identify: the seed's string (§3.1) in ASCII. */
    public static final String MODEL = "TEMC106";

    private final MeterProfile profile;
    private final Clock clock;
    private final Instant createdAt;
    private final Simulation simulation;
    private final TimerMemory memory = TimerMemory.of(new byte[TimerMemory.SIZE]);
    private final FaultPlan faults = new FaultPlan();

    public VirtualMeter(MeterProfile profile, Clock clock) {
        this.profile = profile;
        this.clock = clock;
        this.createdAt = clock.instant();
        Configuration configuration = EmulatedConfiguration.of(profile);
        ConfigurationCodec.encode(configuration, memory);
        this.simulation = new Simulation(profile, configuration);
        catchUp();
    }

    /** The meter's network address. */
    public int address() {
        return profile.address();
    }

    public MeterProfile profile() {
        return profile;
    }

    /** The configuration the meter holds in its timer memory. */
    public Configuration configuration() {
        return simulation.configuration();
    }

    /** Faults to apply to the next replies, in order. */
    public FaultPlan faults() {
        return faults;
    }

    /** The meter's clock now (catching the simulation up first). */
    public synchronized LocalDateTime now() {
        catchUp();
        return localNow();
    }

    /**
     * The reply to {@code request}, or empty when a real meter would stay silent: another address, or a read outside
     * the timer memory or the Flash chip. Address 0 is answered with the meter's own address.
     */
    public synchronized Optional<Reply> answer(Request request) {
        if (request.address() != 0 && request.address() != profile.address()) {
            return Optional.empty();
        }
        catchUp();
        int address = profile.address();
        return switch (request) {
            case Request.Identify ignored -> Optional.of(new Reply.Identification(address, MODEL));
            case Request.ReadTimerMemory r -> r.start() + r.length() > TimerMemory.SIZE ? Optional.empty()
                    : Optional.of(new Reply.MemoryData(address, r.command(), memory.slice(r.start(), r.length())));
            case Request.ReadFlash r -> Optional.ofNullable(simulation.archives().read(r.start(), r.length()))
                    .map(data -> new Reply.MemoryData(address, r.command(), data));
        };
    }

    /** Flash bytes as the meter holds them (tests compare what the reader got with this). */
    public synchronized byte[] flash(long start, int length) {
        catchUp();
        return simulation.archives().read(start, length);
    }

    /** The pointer the meter holds for {@code kind}: 0x200000 + address of the record written next. */
    public synchronized long pointer(ArchiveKind kind) {
        catchUp();
        return simulation.archives().pointer(kind);
    }

    private LocalDateTime localNow() {
        Duration elapsed = Duration.between(createdAt, clock.instant());
        return profile.start().plus(elapsed.multipliedBy(profile.speed())).truncatedTo(ChronoUnit.SECONDS);
    }

    private void catchUp() {
        LocalDateTime target = localNow();
        simulation.advanceTo(target);
        CurrentMemory.write(simulation, memory, target);
        memory.putL(ADR_HOUR, 0, simulation.archives().pointer(ArchiveKind.HOURLY));
        memory.putL(ADR_DAY, 0, simulation.archives().pointer(ArchiveKind.DAILY));
        memory.putL(ADR_MONTH, 0, simulation.archives().pointer(ArchiveKind.MONTHLY));
    }
}
