package org.castellan.metering.web;

import java.time.LocalDateTime;

import org.castellan.metering.ArchiveInterval;

/** The period an archive request covers when it names no start: a week of hours, 62 days, 13 months. */
final class ArchiveRange {
    private ArchiveRange() {
    }

    static LocalDateTime defaultFrom(ArchiveInterval interval, LocalDateTime to) {
        return switch (interval) {
            case HOURLY -> to.minusDays(7);
            case DAILY -> to.minusDays(62);
            case MONTHLY -> to.minusMonths(13);
        };
    }
}
