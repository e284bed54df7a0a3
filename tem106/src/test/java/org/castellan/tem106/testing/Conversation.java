package org.castellan.tem106.testing;

import java.time.Duration;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.ReaderSettings;

/** A virtual meter on a clock the test moves, served on some transport, and the master's link to it. */
public interface Conversation extends AutoCloseable {
  /** 300 ms for a reply to begin (loaded CI machine), the spec's 0.5 s between bytes, 3 attempts. */
  ReaderSettings SETTINGS = new ReaderSettings(Duration.ofMillis(300), ReaderSettings.SPEC_INTER_BYTE_LIMIT, 3);

  VirtualMeter meter();

  MutableClock clock();

  Link masterLink();

  default MeterReader reader() {
    return new MeterReader(masterLink(), meter().address(), SETTINGS);
  }
}
