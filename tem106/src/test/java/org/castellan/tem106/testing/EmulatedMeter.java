package org.castellan.tem106.testing;

import java.time.Duration;
import org.castellan.tem106.emulator.MeterConnection;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.InMemoryLink;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.ReaderSettings;

/**
 * A virtual meter served on an in-memory link, with a reader on the master end: the usual conversation fixture.
 * Close it to stop the meter's thread.
 */
public final class EmulatedMeter implements AutoCloseable {
  /** Fast enough for tests, long enough for a loaded machine: 300 ms for the first byte, 3 attempts. */
  public static final ReaderSettings SETTINGS =
      new ReaderSettings(Duration.ofMillis(300), ReaderSettings.SPEC_INTER_BYTE_LIMIT, 3);

  public final MutableClock clock = MutableClock.atEpoch();
  public final VirtualMeter meter;
  public final InMemoryLink.Pair link = InMemoryLink.pair();
  private final MeterConnection connection;
  private final Thread thread;

  public EmulatedMeter(MeterProfile profile) {
    meter = new VirtualMeter(profile, clock);
    connection = new MeterConnection(meter, link.meter());
    thread = Thread.ofVirtual().name("test-meter").start(connection);
  }

  public MeterReader reader() {
    return reader(SETTINGS);
  }

  public MeterReader reader(ReaderSettings settings) {
    return new MeterReader(link.master(), meter.address(), settings);
  }

  /** Requests the master end has sent so far. */
  public int requests() {
    return link.master().sends();
  }

  @Override
  public void close() throws InterruptedException {
    connection.stop();
    thread.join(Duration.ofSeconds(5));
  }
}
