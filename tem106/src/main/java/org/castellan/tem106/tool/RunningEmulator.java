package org.castellan.tem106.tool;

import java.util.Optional;
import org.castellan.tem106.emulator.PtyEmulator;
import org.castellan.tem106.emulator.TcpEmulator;
import org.castellan.tem106.emulator.VirtualMeter;

/** An emulator started by {@link Tem106Tool#emulate}: serving until {@link #close()}. Thread-safe. */
public final class RunningEmulator implements AutoCloseable {
    private final VirtualMeter meter;
    private final TcpEmulator tcp;
    private final PtyEmulator pty;

    RunningEmulator(VirtualMeter meter, TcpEmulator tcp, PtyEmulator pty) {
        this.meter = meter;
        this.tcp = tcp;
        this.pty = pty;
    }

    public VirtualMeter meter() {
        return meter;
    }

    public int port() {
        return tcp.port();
    }

    /** The pseudo-terminal's slave device, when one was asked for. */
    public Optional<String> devicePath() {
        return Optional.ofNullable(pty).map(PtyEmulator::devicePath);
    }

    /** One line for the console: what is served where. */
    public String describe() {
        return "TEM-106 emulator: address " + meter.address() + ", serial " + meter.profile().serialNumber() + ", "
                + meter.profile().flashSize() + ", " + meter.profile().systems().size() + " system(s), speed x"
                + meter.profile().speed() + ", tcp port " + port()
                + devicePath().map(p -> ", serial device " + p).orElse("");
    }

    @Override
    public void close() throws Exception {
        if (pty != null) {
            pty.close();
        }
        tcp.close();
    }
}
