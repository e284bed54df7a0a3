package org.castellan.tem106.testing;

import java.io.IOException;
import java.time.Duration;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.TcpEmulator;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.TcpLink;

/** A virtual meter served by the TCP emulator on a free loopback port, and a TCP link to it. */
public final class TcpConversation implements Conversation {
    private final MutableClock clock = MutableClock.atEpoch();
    private final TcpEmulator emulator;
    private final TcpLink link;

    public TcpConversation(MeterProfile profile) throws IOException {
        emulator = TcpEmulator.startOnLoopback(new VirtualMeter(profile, clock), 0);
        link = TcpLink.connect("127.0.0.1", emulator.port(), Duration.ofSeconds(5));
    }

    @Override
    public VirtualMeter meter() {
        return emulator.meter();
    }

    @Override
    public MutableClock clock() {
        return clock;
    }

    @Override
    public TcpLink masterLink() {
        return link;
    }

    public int port() {
        return emulator.port();
    }

    @Override
    public void close() throws IOException {
        link.close();
        emulator.close();
    }
}
