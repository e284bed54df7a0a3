package org.castellan.metering.conditions;

import java.util.EnumSet;
import java.util.Set;
import org.castellan.events.EventSeverity;
import org.castellan.metering.MeterError;

/**
 * Every abnormal situation {@link MeterConditions} tracks for a meter: the value of the {@code condition} datum of
 * {@code metering.abnormal} / {@code metering.normal} events and of {@code meter_condition.condition}. Titles live in
 * the bundle {@code i18n/metering_conditions} under {@link #messageKey()}.
 *
 * <p>Three families, each changed by one kind of input only, so that one input never clears what another raised:
 * <ul>
 *   <li>{@link Family#ERROR_BIT}: the meter's own flags in the newest hourly archive record, per system;</li>
 *   <li>{@link Family#LIMIT}: current values against the limits set per meter and system ({@link MeterLimits});</li>
 *   <li>{@link Family#WATCH}: the platform's own view of the meter as a whole (system 0): silent, stale.</li>
 * </ul>
 *
 * <p>Event severities: the meter's flags and silence are {@link EventSeverity#MAJOR} — the meter itself says its
 * measurement is unusable (a fault, no power) or it cannot be read at all; a breach of a limit a person set and a stale
 * archive (the meter still answers) are {@link EventSeverity#MINOR}. The alarm's severity is the alarm rule's
 * ({@code meter.abnormal}, MAJOR unless {@code castellan.alarms.severity[meter.abnormal]} says otherwise).
 */
public enum MeterCondition {
    G1_BELOW_MIN(Family.ERROR_BIT, MeterError.G1_BELOW_MIN),
    G2_BELOW_MIN(Family.ERROR_BIT, MeterError.G2_BELOW_MIN),
    G1_ABOVE_MAX(Family.ERROR_BIT, MeterError.G1_ABOVE_MAX),
    G2_ABOVE_MAX(Family.ERROR_BIT, MeterError.G2_ABOVE_MAX),
    DELTA_T_BELOW_MIN(Family.ERROR_BIT, MeterError.DELTA_T_BELOW_MIN),
    TEMPERATURE_FAULT(Family.ERROR_BIT, MeterError.TEMPERATURE_FAULT),
    PRESSURE_FAULT(Family.ERROR_BIT, MeterError.PRESSURE_FAULT),
    POWER_OFF(Family.ERROR_BIT, MeterError.POWER_OFF),
    /** Supply temperature t1 below the system's {@code tMin}. */
    T1_BELOW_LIMIT(Family.LIMIT, null),
    /** Supply temperature t1 above the system's {@code tMax}. */
    T1_ABOVE_LIMIT(Family.LIMIT, null),
    /** Volume flow of the system's first flow channel below {@code gMin}. */
    G_BELOW_LIMIT(Family.LIMIT, null),
    /** Volume flow of the system's first flow channel above {@code gMax}. */
    G_ABOVE_LIMIT(Family.LIMIT, null),
    /** t1 − t2 below {@code dtMin}. */
    DELTA_T_BELOW_LIMIT(Family.LIMIT, null),
    /** No successful read for longer than the plan's {@code silent_after}. */
    SILENT(Family.WATCH, null),
    /** The newest hourly archive record ended longer ago than the plan's {@code stale_after}. */
    STALE(Family.WATCH, null);

    /** Which input decides a condition; see the class comment. */
    public enum Family {
        ERROR_BIT,
        LIMIT,
        WATCH
    }

    private final Family family;
    private final MeterError error;

    MeterCondition(Family family, MeterError error) {
        this.family = family;
        this.error = error;
    }

    public Family family() {
        return family;
    }

    /** Whether the condition concerns one system (else the meter as a whole, system 0). */
    public boolean perSystem() {
        return family != Family.WATCH;
    }

    /** The message key of the condition's title. */
    public String messageKey() {
        return "metering.condition." + name();
    }

    public EventSeverity severity() {
        return switch (this) {
            case SILENT -> EventSeverity.MAJOR;
            case STALE -> EventSeverity.MINOR;
            default -> family == Family.ERROR_BIT ? EventSeverity.MAJOR : EventSeverity.MINOR;
        };
    }

    /** The condition a meter error bit stands for. */
    public static MeterCondition of(MeterError error) {
        return valueOf(error.name());
    }

    /** The conditions whose bits are set in a system's {@code errorBits}. */
    public static Set<MeterCondition> ofBits(int errorBits) {
        Set<MeterCondition> conditions = EnumSet.noneOf(MeterCondition.class);
        MeterError.of(errorBits).forEach(e -> conditions.add(of(e)));
        return conditions;
    }

    /** The conditions of a family. */
    public static Set<MeterCondition> of(Family family) {
        Set<MeterCondition> conditions = EnumSet.noneOf(MeterCondition.class);
        for (MeterCondition c : values()) {
            if (c.family == family) {
                conditions.add(c);
            }
        }
        return conditions;
    }

    /** The meter error bit, for the {@link Family#ERROR_BIT} family; null otherwise. */
    public MeterError error() {
        return error;
    }
}
