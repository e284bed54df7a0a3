package org.castellan.tem106.archive;

import java.math.BigDecimal;
import org.castellan.tem106.meter.MeterDecimals;
import java.time.Duration;
import java.time.LocalDateTime;
import java.util.List;
import org.castellan.tem106.meter.Integrator;

/**
 * One 384-byte archive record (seed TEM-106 §5.2, §6.3), all fields decoded, integrators kept raw.
 *
 * @param writtenAt    when the meter wrote it, offsets {@code 0000..0003} (§6.3.1: {@code 08 20 03 15} → 08:00)
 * @param coveredFrom  the start of the interval it covers, {@code pred_*} at {@code 0175..0178} (§6.3.2)
 * @param systems      all six systems as stored (systems beyond the configured count hold what the meter left)
 * @param totalEnergy  {@code energyall} + {@code lenergyall}; the seed names no comma: system 1's applies
 * @param poweredTime  {@code time_wrkall}
 * @param temperatures {@code mt[0..6]}, °C
 * @param pressures    {@code mp[0..5]}, MPa
 * @param extraVolumes the two additional flow meters' volumes ({@code volume_dop_h}, {@code volume_dop_l})
 * @param checksum     the byte at {@code 017F} and which rule it matches (erratum 7)
 */
public record ArchiveRecord(LocalDateTime writtenAt, LocalDateTime coveredFrom, List<SystemArchive> systems,
        Integrator totalEnergy, Duration poweredTime, List<Float> temperatures, List<Float> pressures,
        List<ExtraVolume> extraVolumes, RecordChecksum checksum) {

    public ArchiveRecord {
        if (systems.size() != 6 || temperatures.size() != 7 || pressures.size() != 6 || extraVolumes.size() != 2) {
            throw new IllegalArgumentException("a record holds 6 systems, 7 temperatures, 6 pressures, 2 extra volumes");
        }
        systems = List.copyOf(systems);
        temperatures = List.copyOf(temperatures);
        pressures = List.copyOf(pressures);
        extraVolumes = List.copyOf(extraVolumes);
    }

    /** System 1..6. */
    public SystemArchive system(int number) {
        return systems.get(number - 1);
    }

    /**
     * Volume of an additional flow meter (seed §5.2; erratum 5: {@code volume_dop_h} is a volume, m³, not m³/h).
     * Both parts are floats in the seed; the seed names no comma for them, so the exact sum is given unscaled.
     *
     * @param high {@code volume_dop_h}
     * @param low  {@code volume_dop_l}
     */
    public record ExtraVolume(float high, float low) {
        public ExtraVolume {
            if (!Float.isFinite(high) || !Float.isFinite(low)) {
                throw new IllegalArgumentException("extra volume parts must be finite");
            }
        }

        /** high + low, in decimal without rounding (see {@link MeterDecimals}). */
        public BigDecimal total() {
            return MeterDecimals.of(high).add(MeterDecimals.of(low));
        }
    }
}
