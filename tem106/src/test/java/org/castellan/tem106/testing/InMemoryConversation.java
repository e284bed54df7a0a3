package org.castellan.tem106.testing;

import java.time.Duration;
import org.castellan.tem106.emulator.MeterConnection;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.InMemoryLink;

/** A virtual meter served on an in-memory link by one virtual thread. */
public final class InMemoryConversation implements Conversation {
    private final MutableClock clock = MutableClock.atEpoch();
    private final VirtualMeter meter;
    private final InMemoryLink.Pair link = InMemoryLink.pair();
    private final MeterConnection connection;
    private final Thread thread;

    public InMemoryConversation(MeterProfile profile) {
        meter = new VirtualMeter(profile, clock);
        connection = new MeterConnection(meter, link.meter());
        thread = Thread.ofVirtual().name("test-meter").start(connection);
    }

    @Override
    public VirtualMeter meter() {
        return meter;
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public InMemoryLink masterLink() {
        return link.master();
    }

    @Override
    public void close() throws InterruptedException {
        connection.stop();
        thread.join(Duration.ofSeconds(5));
    }
}
