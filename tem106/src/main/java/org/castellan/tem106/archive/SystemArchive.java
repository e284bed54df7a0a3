package org.castellan.tem106.archive;

import java.util.Set;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.SystemTimes;

/**
 * One system's part of an archive record (seed TEM-106 §5.2, §6.3.3–§6.3.7). Integrators are cumulative: consumption
 * over an interval is the difference of two records.
 *
 * @param number     1..6
 * @param comma      the record's own {@code comma} at offset {@code 0118} (erratum 6: §6.3.3 calls it "summa")
 * @param energy     {@code energy} + {@code lenergy} through kQ
 * @param mass       {@code mass} + {@code lmass} through kV
 * @param volume     {@code volume} + {@code lvolume} through kV
 * @param times      {@code time_wrk}, {@code time_e1..e4}
 * @param errorBits  {@code error[number-1]} as stored
 */
public record SystemArchive(int number, int comma, Integrator energy, Integrator mass, Integrator volume,
        SystemTimes times, int errorBits) {
    /** The errors flagged during the interval (§6.3.7). */
    public Set<SystemError> errors() {
        return SystemError.decode(errorBits);
    }
}
