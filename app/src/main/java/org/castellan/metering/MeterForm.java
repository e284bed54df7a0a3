package org.castellan.metering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.Map;

import org.castellan.platform.KnownTimeZone;

/**
 * What a person enters to register or change a meter. The connection needs the modem (MODEM), host and port (TCP) or
 * the serial port (SERIAL); the model, serial number and systems come from the device, not from the form.
 *
 * @param limits per system number ("1".."6"): tMin, tMax, gMin, gMax, dtMin (see {@code conditions.MeterLimits})
 */
public record MeterForm(
        @NotNull Long orgId,
        Long siteId,
        Long zoneId,
        @NotBlank @Size(max = 200) String name,
        @NotNull MeterConnection connection,
        Long modemId,
        @Size(max = 253) String host,
        @Min(1) @Max(65535) Integer port,
        @Size(max = 200) String serialPort,
        Integer baudRate,
        @NotNull @Min(0) @Max(255) Integer address,
        @KnownTimeZone String timeZone,
        Long planId,
        @Size(max = 300) String consumer,
        @Size(max = 100) String contractNumber,
        @Size(max = 500) String addressText,
        @Size(max = 300) String heatSupplier,
        LocalDate nextVerification,
        @Min(1) @Max(28) Integer reportingDay,
        @Min(1) @Max(6) Integer statementSystem,
        @Min(1) @Max(6) Integer returnSystem,
        Map<String, Object> limits) {

    public MeterForm {
        host = blankToNull(host);
        serialPort = blankToNull(serialPort);
        timeZone = blankToNull(timeZone) == null ? "Europe/Moscow" : timeZone.trim();
        baudRate = baudRate == null ? 9600 : baudRate;
        reportingDay = reportingDay == null ? 1 : reportingDay;
        statementSystem = statementSystem == null ? 1 : statementSystem;
        limits = limits == null ? Map.of() : Map.copyOf(limits);
    }

    /** The form that would store {@code meter} unchanged. */
    public static MeterForm of(Meter m) {
        return new MeterForm(m.orgId(), m.siteId(), m.zoneId(), m.name(), m.connection(), m.modemId(), m.host(),
                m.port(), m.serialPort(), m.baudRate(), m.address(), m.timeZone().getId(), m.planId(), m.consumer(),
                m.contractNumber(), m.addressText(), m.heatSupplier(), m.nextVerification(), m.reportingDay(),
                m.statementSystem(), m.returnSystem(), m.limits());
    }

    /** The line the connection names. */
    public String line() {
        return LineKey.of(connection, modemId, host, port, serialPort);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
