/**
 * A virtual TEM-106: the meter side of the protocol, for tests, benchmarks and the demo.
 *
 * <p>{@link org.castellan.tem106.emulator.VirtualMeter} keeps a 2K timer memory and a Flash image that a simulation
 * fills in a physically consistent way (flows and temperatures drift, energy follows mass and Δt, integrators only
 * grow, error bits and error times follow the flow against Gmin/Gmax and Δt min, records are written on the hour,
 * at midnight and on the reporting day into wrapping rings). Its time comes from an injected {@link java.time.Clock}
 * with a speed factor, so tests run a day in a step and never sleep. It answers over any
 * {@link org.castellan.tem106.link.Link} ({@link org.castellan.tem106.emulator.MeterConnection}), over TCP
 * ({@link org.castellan.tem106.emulator.TcpEmulator}) and over a pseudo-terminal
 * ({@link org.castellan.tem106.emulator.PtyEmulator}), with faults injected on demand
 * ({@link org.castellan.tem106.emulator.FaultPlan}).
 */
package org.castellan.tem106.emulator;
