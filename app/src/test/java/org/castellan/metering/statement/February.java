package org.castellan.metering.statement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.MeterSystemInfo;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.SystemArchive;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.reader.RawRecord;

/**
 * February 2016 of the emulated meter: the daily records of Jan 31..Feb 29 as read, the statement system (the
 * meter's system 1), and the expected figures computed from the raw records.
 */
record February(EmulatedArchive meter, List<RawRecord> days, MeterSystemInfo supply) {
    static final LocalDate FROM = LocalDate.of(2016, 2, 1);
    static final LocalDate TO = LocalDate.of(2016, 2, 29);

    static February read(EmulatedArchive meter) throws Exception {
        return new February(meter, meter.days(FROM.minusDays(1), TO), meter.systems().getFirst());
    }

    StatementHeader header() {
        return new StatementHeader("Castellan Heat", "ООО «Потребитель»", "ТС-17/2016", "ул. Ленина, 1",
                "АО «Теплосеть»", "TEM-106", "106001", LocalDate.of(2019, 5, 1), supply, null);
    }

    /** The record of day {@code d}. */
    ArchiveRecord day(LocalDate d) {
        return days.stream().map(RawRecord::record).filter(r -> r.coveredFrom().toLocalDate().equals(d)).findFirst()
                .orElseThrow();
    }

    /** The records as entries, less those of the days {@code without}. */
    List<ArchiveEntry> entries(LocalDate... without) {
        List<LocalDate> removed = List.of(without);
        return days.stream().filter(r -> !removed.contains(r.record().coveredFrom().toLocalDate()))
                .map(r -> meter.entry(r, ArchiveInterval.DAILY)).toList();
    }

    /** System 1's integrator in {@code after} minus in {@code before}, from the raw parts. */
    static BigDecimal difference(ArchiveRecord before, ArchiveRecord after, Function<SystemArchive, Integrator> f) {
        return EmulatedArchive.value(f.apply(after.system(1)))
                .subtract(EmulatedArchive.value(f.apply(before.system(1))));
    }
}
