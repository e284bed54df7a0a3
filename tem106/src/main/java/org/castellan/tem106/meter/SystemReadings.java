package org.castellan.tem106.meter;

/**
 * The integrators of one heat system (seed TEM-106 §6.2.2–§6.2.5).
 *
 * @param number 1..6
 * @param energy {@code energy} + {@code lenergy}, MWh, through kQ
 * @param mass   {@code mass} + {@code lmass}, t, through kV
 * @param volume {@code volume} + {@code lvolume}, m³, through kV
 * @param times  {@code time_wrk}, {@code time_e1..e4}
 */
public record SystemReadings(int number, Integrator energy, Integrator mass, Integrator volume, SystemTimes times) {
}
