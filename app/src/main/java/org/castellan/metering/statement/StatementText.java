package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormatSymbols;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.MeterSystemInfo;

/**
 * The statement's words and numbers in one language: labels from {@code i18n/statement*.properties} (read as UTF-8
 * by {@link ResourceBundle}, no Spring needed; no fallback to the JVM's default locale, so an English statement is
 * English on a Russian server), numbers with the locale's decimal separator and no grouping, dates dd.MM.yyyy in
 * Russian and ISO (yyyy-MM-dd) otherwise. Shared by the XLSX and PDF writers so both say the same. Immutable.
 */
final class StatementText {
    static final String BLANK = "—";

    private final ResourceBundle bundle;
    private final char decimalSeparator;
    private final DateTimeFormatter date;
    private final DateTimeFormatter shortDate;
    private final Locale locale;

    StatementText(Locale locale) {
        this.locale = locale;
        this.bundle = ResourceBundle.getBundle("i18n/statement", locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
        this.decimalSeparator = DecimalFormatSymbols.getInstance(locale).getDecimalSeparator();
        boolean russian = "ru".equals(locale.getLanguage());
        this.date = DateTimeFormatter.ofPattern(russian ? "dd.MM.yyyy" : "yyyy-MM-dd");
        this.shortDate = DateTimeFormatter.ofPattern(russian ? "dd.MM" : "MM-dd");
    }

    String label(String key) {
        return bundle.getString(key);
    }

    String format(String key, Object... arguments) {
        return new MessageFormat(bundle.getString(key), locale).format(arguments);
    }

    /** {@code key.monthly} or {@code key.hourly}. */
    String byInterval(String key, ArchiveInterval interval) {
        return label(key + (interval == ArchiveInterval.HOURLY ? ".hourly" : ".monthly"));
    }

    String date(LocalDate value) {
        return value == null ? BLANK : date.format(value);
    }

    /** A figure rounded half up to {@code decimals}, or a dash when there is none. */
    String number(BigDecimal value, int decimals) {
        if (value == null) {
            return BLANK;
        }
        return value.setScale(decimals, RoundingMode.HALF_UP).toPlainString().replace('.', decimalSeparator);
    }

    /** A line's period as the first column shows it: the date, or the hour "05:00". */
    String period(LocalDateTime start, ArchiveInterval interval) {
        return interval == ArchiveInterval.HOURLY ? String.format("%02d:00", start.getHour())
                : date(start.toLocalDate());
    }

    /** A period in the gap list and notes: "05.03" (dd.MM / MM-dd), or the hour. */
    String shortPeriod(LocalDateTime start, ArchiveInterval interval) {
        return interval == ArchiveInterval.HOURLY ? String.format("%02d:00", start.getHour()) : shortDate.format(start);
    }

    String quantities(Set<Quantity> quantities) {
        return quantities.stream().sorted().map(q -> switch (q) {
            case ENERGY -> "Q";
            case MASS1 -> "M1";
            case MASS2 -> "M2";
            case VOLUME1 -> "V1";
            case VOLUME2 -> "V2";
        }).collect(Collectors.joining(", "));
    }

    /** The note column of a line: no data, no reading before, how many periods it covers, reset, implausible. */
    String rowNote(StatementRow row, ArchiveInterval interval) {
        List<String> parts = new ArrayList<>();
        switch (row.status()) {
            case NO_DATA -> parts.add(label("row.noData"));
            case NO_PREVIOUS -> parts.add(label("row.noPrevious"));
            case RESET, IMPLAUSIBLE, MEASURED -> {
                if (row.periods() > 1) {
                    parts.add(new MessageFormat(byInterval("row.covers", interval), locale)
                            .format(new Object[] {String.valueOf(row.periods())}));
                }
                if (!row.resets().isEmpty()) {
                    parts.add(format("row.reset", quantities(row.resets())));
                }
                if (!row.implausible().isEmpty()) {
                    parts.add(format("row.implausible", quantities(row.implausible())));
                }
            }
        }
        return String.join("; ", parts);
    }

    /** "No data for 3 days: 05.03, 06.03, 17.03", or the no-gaps sentence. */
    String gapNotice(HeatStatement statement) {
        if (statement.gaps().isEmpty()) {
            return label("gaps.none");
        }
        String list = statement.gaps().stream().map(p -> shortPeriod(p, statement.interval()))
                .collect(Collectors.joining(", "));
        return new MessageFormat(byInterval("gaps", statement.interval()), locale)
                .format(new Object[] {statement.gaps().size(), list});
    }

    /** The notes below the table, one sentence each. */
    List<String> notes(HeatStatement statement) {
        return statement.notes().stream().map(n -> {
            String when = statement.interval() == ArchiveInterval.HOURLY
                    ? shortPeriod(n.period(), statement.interval()) : date(n.period().toLocalDate());
            return switch (n.kind()) {
                case NO_PREVIOUS -> format("note.noPrevious", when);
                case RESET -> format("note.reset", when, quantities(n.quantities()));
                case IMPLAUSIBLE -> format("note.implausible", when, quantities(n.quantities()));
                case END_MISSING -> format("note.endMissing", when);
            };
        }).toList();
    }

    /** The header block: label, value pairs in print order. */
    List<String[]> headerLines(HeatStatement statement) {
        StatementHeader h = statement.header();
        List<String[]> lines = new ArrayList<>();
        lines.add(new String[] {label("header.organization"), text(h.organization())});
        lines.add(new String[] {label("header.consumer"), text(h.consumer())});
        lines.add(new String[] {label("header.contract"), text(h.contractNumber())});
        lines.add(new String[] {label("header.address"), text(h.address())});
        lines.add(new String[] {label("header.supplier"), text(h.heatSupplier())});
        lines.add(new String[] {label("header.meter"),
                text(h.meterModel()) + ", " + label("header.serial") + " " + text(h.meterSerial())});
        lines.add(new String[] {label("header.verification"), date(h.nextVerification())});
        lines.add(new String[] {label("header.period"), statement.interval() == ArchiveInterval.HOURLY
                ? date(statement.first().toLocalDate())
                : format("header.periodRange", date(statement.first().toLocalDate()),
                        date(statement.last().toLocalDate()))});
        lines.add(new String[] {label("header.system"), system(h.system())});
        if (h.returnSystem() != null) {
            lines.add(new String[] {label("header.returnSystem"), system(h.returnSystem())});
        }
        return lines;
    }

    private static String system(MeterSystemInfo s) {
        return s.number() + " (" + s.type() + ")";
    }

    private static String text(String value) {
        return value == null || value.isBlank() ? BLANK : value;
    }
}
