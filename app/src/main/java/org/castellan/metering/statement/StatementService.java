package org.castellan.metering.statement;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterReadings;
import org.castellan.metering.MeterService;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.org.OrgService;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.springframework.stereotype.Service;

/**
 * Statements of stored meters for people: the monthly statement over a calendar month (or any range of days) and the
 * hourly variant for one day, as PDF or XLSX in Russian or English, from the archive as stored — a statement made
 * while gaps are still being filled says so on its face.
 */
@Service
public class StatementService {
    /** The longest range one statement covers. */
    static final int MAX_DAYS = 93;

    private final MeterService meters;
    private final MeterReadings readings;
    private final OrgService orgs;

    StatementService(MeterService meters, MeterReadings readings, OrgService orgs) {
        this.meters = meters;
        this.readings = readings;
        this.orgs = orgs;
    }

    /** The file formats. */
    public enum Format {
        PDF("application/pdf", "pdf"),
        XLSX("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "xlsx");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /** A written statement. */
    public record Document(String fileName, String contentType, byte[] bytes) {
    }

    /** The statement of days {@code from}..{@code to} inclusive. */
    public HeatStatement monthly(CurrentUser user, long meterId, LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new InvalidInputException("from", "validation.rangeReversed");
        }
        if (from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidInputException("to", "validation.statementTooLong", MAX_DAYS);
        }
        Meter meter = meters.meter(user, meterId);
        List<ArchiveEntry> entries = readings.archive(user, meterId, ArchiveInterval.DAILY,
                from.minusDays(1).atStartOfDay(), to.atStartOfDay());
        return HeatStatement.monthly(header(user, meter), from, to, entries);
    }

    /** The hourly statement of one day. */
    public HeatStatement hourly(CurrentUser user, long meterId, LocalDate day) {
        Meter meter = meters.meter(user, meterId);
        List<ArchiveEntry> entries = readings.archive(user, meterId, ArchiveInterval.HOURLY,
                day.atStartOfDay().minusHours(1), day.atTime(23, 0));
        return HeatStatement.hourly(header(user, meter), day, entries);
    }

    /** A month's statement ({@code day} null) or a day's, written. */
    public Document document(CurrentUser user, long meterId, YearMonth month, LocalDate day, Format format,
            Locale locale) {
        Meter meter = meters.meter(user, meterId);
        HeatStatement statement = day == null ? monthly(user, meterId, month.atDay(1), month.atEndOfMonth())
                : hourly(user, meterId, day);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            switch (format) {
                case PDF -> StatementPdf.write(statement, locale, out);
                case XLSX -> StatementXlsx.write(statement, locale, out);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        String name = "statement-" + (meter.serialNumber() == null ? "meter-" + meter.id() : meter.serialNumber())
                + "-" + (day == null ? month.toString() : day.toString()) + "-" + locale.getLanguage() + "."
                + format.extension();
        return new Document(name, format.contentType(), out.toByteArray());
    }

    private StatementHeader header(CurrentUser user, Meter meter) {
        if (meter.systems().isEmpty()) {
            throw new InvalidInputException("meter", "validation.statementNotIdentified");
        }
        MeterSystemInfo system = meter.system(meter.statementSystem()).orElseThrow(() -> new InvalidInputException(
                "statementSystem", "validation.statementNoSystem", meter.statementSystem()));
        MeterSystemInfo returnSystem = meter.returnSystem() == null ? null
                : meter.system(meter.returnSystem()).orElse(null);
        String organization = orgs.organization(user, meter.orgId()).name();
        return new StatementHeader(organization, meter.consumer(), meter.contractNumber(), meter.addressText(),
                meter.heatSupplier(), meter.model(), meter.serialNumber(), meter.nextVerification(), system,
                returnSystem);
    }
}
