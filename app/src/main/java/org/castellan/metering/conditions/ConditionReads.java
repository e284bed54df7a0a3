package org.castellan.metering.conditions;

import java.time.Instant;
import java.util.List;

import org.castellan.metering.ArchiveEntry;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.ArchiveStore;
import org.castellan.metering.CurrentEntry;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterReadListener;
import org.castellan.platform.Json;
import org.springframework.stereotype.Component;

/**
 * What reads found, to {@link MeterConditions}: the newest hourly record's error bits, current values against the
 * meter's limits, and a successful read ending silence. The read is already stored when this runs.
 */
@Component
class ConditionReads implements MeterReadListener {
    private final MeterConditions conditions;
    private final ArchiveStore archive;

    ConditionReads(MeterConditions conditions, ArchiveStore archive) {
        this.conditions = conditions;
        this.archive = archive;
    }

    @Override
    public void currentRead(Meter meter, CurrentEntry current, Instant at) {
        conditions.currentRead(meter.ref(), meter.systems(), MeterLimits.parse(Json.write(meter.limits())), current, at);
    }

    @Override
    public void archiveStored(Meter meter, ArchiveInterval interval, List<ArchiveEntry> stored, Instant at) {
        if (interval != ArchiveInterval.HOURLY || stored.isEmpty()) {
            return;
        }
        // only the newest the store holds: an older record (a gap filled late) would end conditions a newer one raised
        ArchiveEntry last = stored.getLast();
        if (archive.newestStart(meter.id(), interval).map(newest -> !newest.isAfter(last.periodStart())).orElse(true)) {
            conditions.archiveRead(meter.ref(), meter.systems(), last, at);
        }
    }

    @Override
    public void readSucceeded(Meter meter, Instant at) {
        conditions.readSucceeded(meter.ref(), at);
    }
}
