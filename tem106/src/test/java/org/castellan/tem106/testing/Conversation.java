package org.castellan.tem106.testing;

import java.time.Duration;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.ReaderSettings;

/** A virtual meter on a clock the test moves, served on some transport, and the master's link to it. */
public interface Conversation extends AutoCloseable {
    /**
     * 800 ms for a reply to begin — an in-memory or loopback meter answers in well under a millisecond, so only a
     * starved CI machine comes near it, and tests that count requests must not see a spurious retry — the spec's
     * 0.5 s between bytes, 3 attempts.
     */
    ReaderSettings SETTINGS = new ReaderSettings(Duration.ofMillis(800), ReaderSettings.SPEC_INTER_BYTE_LIMIT, 3);

    /** Later than {@link #SETTINGS}' response timeout, sooner than its second attempt ends. */
    Duration LATE = Duration.ofMillis(1200);

    VirtualMeter meter();

    MutableClock clock();

    Link masterLink();

    default MeterReader reader() {
        return new MeterReader(masterLink(), meter().address(), SETTINGS);
    }
}
