package org.castellan.metering;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A heat meter as stored: its device (name, organization, place), its connection, what it told us about itself,
 * what the statement needs, and what the last reads found.
 *
 * @param line             the shared medium the meter talks on ({@link LineKey}): only one request at a time
 * @param systems          the configured systems, from the device's configuration (empty until identified)
 * @param limits           the limits on t, G and Δt per system, as stored ({@code meter.limits})
 * @param clockOffsetSeconds the meter's clock minus ours at the last current read; null until read
 */
public record Meter(long id, long deviceId, long orgId, Long siteId, Long zoneId, String name, String make,
        MeterConnection connection, Long modemId, String host, Integer port, String serialPort, int baudRate,
        int address, String line, ZoneId timeZone, Long planId, String serialNumber, String model,
        List<MeterSystemInfo> systems, Instant identifiedAt, String consumer, String contractNumber,
        String addressText, String heatSupplier, LocalDate nextVerification, int reportingDay, int statementSystem,
        Integer returnSystem, Map<String, Object> limits, Long clockOffsetSeconds, Instant lastAttemptAt,
        Instant lastSuccessAt, String lastError, Instant createdAt) {

    public Meter {
        systems = systems == null ? List.of() : List.copyOf(systems);
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    /** Who the meter is, for events and alarms. */
    public MeterRef ref() {
        return new MeterRef(id, deviceId, orgId, siteId, zoneId, name);
    }

    /** System {@code number} as configured in the meter. */
    public Optional<MeterSystemInfo> system(int number) {
        return systems.stream().filter(s -> s.number() == number).findFirst();
    }

    /** The meter's clock now, estimated from our clock and the offset seen at the last current read. */
    public java.time.LocalDateTime meterNow(Instant now) {
        long offset = clockOffsetSeconds == null ? 0 : clockOffsetSeconds;
        return java.time.LocalDateTime.ofInstant(now.plusSeconds(offset), timeZone);
    }

    /** How the connection reads to a person: the modem, host:port or serial port, and the RS-485 address. */
    public String where() {
        String medium = switch (connection) {
            case MODEM -> "modem #" + modemId;
            case TCP -> host + ":" + port;
            case SERIAL -> serialPort + " @" + baudRate;
        };
        return medium + ", address " + address;
    }
}
