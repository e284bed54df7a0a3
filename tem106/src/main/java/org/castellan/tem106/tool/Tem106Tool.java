package org.castellan.tem106.tool;

import java.io.IOException;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.PtyEmulator;
import org.castellan.tem106.emulator.TcpEmulator;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.link.LinkUrl;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.CurrentValues;
import org.castellan.tem106.reader.Identity;
import org.castellan.tem106.reader.MeterReader;
import org.castellan.tem106.reader.ReaderSettings;
import org.castellan.tem106.reader.Tem106Exception;

/**
 * What the command line calls: each method opens the link a URL names ({@code tcp://host:port},
 * {@code serial:/dev/ttyUSB0?baud=9600}), runs one reader operation against the meter at {@code address}, closes the
 * link and returns the decoded values; {@link Reports} and {@link OutputFormat} turn them into text.
 *
 * <p>Every failure — a bad URL, a refused connection, a silent or confused meter — is one {@link ToolException}
 * whose message is the line to print. Thread-safe: methods share no state.
 */
public final class Tem106Tool {
    private final ReaderSettings settings;
    private final Duration connectTimeout;

    /** Default reader settings (2 s response timeout, 3 attempts), 5 s to connect. */
    public Tem106Tool() {
        this(ReaderSettings.defaults(), Duration.ofSeconds(5));
    }

    public Tem106Tool(ReaderSettings settings, Duration connectTimeout) {
        this.settings = settings;
        this.connectTimeout = connectTimeout;
    }

    /** {@code castellan tem106 identify}: address 0 finds the address of the only meter on a line. */
    public Identity identify(String url, int address) throws ToolException {
        return withReader(url, address, MeterReader::identify);
    }

    /** {@code castellan tem106 config}. */
    public Configuration configuration(String url, int address) throws ToolException {
        return withReader(url, address, MeterReader::readConfiguration);
    }

    /** {@code castellan tem106 current}. */
    public CurrentValues current(String url, int address) throws ToolException {
        return withReader(url, address, MeterReader::readCurrent);
    }

    /** {@code castellan tem106 archive --kind K --last N}. */
    public List<ArchiveRecord> latest(String url, int address, ArchiveKind kind, int count) throws ToolException {
        return withReader(url, address, reader -> reader.readLatest(kind, count));
    }

    /** {@code castellan tem106 archive --kind K --from T --to T}. */
    public List<ArchiveRecord> archive(String url, int address, ArchiveKind kind, LocalDateTime from,
            LocalDateTime to) throws ToolException {
        return withReader(url, address, reader -> reader.readArchive(kind, from, to));
    }

    /** {@code castellan tem106 emulate [--port N] [--fast]}: the default meter on the system clock. */
    public RunningEmulator emulate(int port, boolean fast) throws ToolException {
        return emulate(EmulatorOptions.defaults().withPort(port).withFast(fast), Clock.systemDefaultZone());
    }

    /**
     * {@code castellan tem106 emulate}: starts a virtual meter on {@code options.port()} (all interfaces), and on a
     * pseudo-terminal when asked; its clock starts at the current hour, with 40 days of history.
     */
    public RunningEmulator emulate(EmulatorOptions options, Clock clock) throws ToolException {
        MeterProfile profile = MeterProfile.defaults().withAddress(options.address())
                .withSerialNumber(options.serial()).withFlashSize(options.flashSize()).withSystems(options.systems())
                .withStart(LocalDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS)).withHistory(Duration.ofDays(40))
                .withSpeed(options.fast() ? 3600 : 1);
        VirtualMeter meter = new VirtualMeter(profile, clock);
        TcpEmulator tcp;
        try {
            tcp = TcpEmulator.start(meter, InetAddress.getByName("0.0.0.0"), options.port());
        } catch (IOException e) {
            throw new ToolException("cannot listen on port " + options.port() + ": " + e.getMessage(), e);
        }
        if (!options.pty()) {
            return new RunningEmulator(meter, tcp, null);
        }
        try {
            return new RunningEmulator(meter, tcp, PtyEmulator.start(meter));
        } catch (IOException | RuntimeException e) {
            closeQuietly(tcp);
            throw new ToolException("cannot open a pseudo-terminal: " + e.getMessage(), e);
        }
    }

    /** One reader operation. */
    @FunctionalInterface
    private interface Operation<T> {
        T run(MeterReader reader) throws Tem106Exception;
    }

    private <T> T withReader(String url, int address, Operation<T> operation) throws ToolException {
        LinkUrl where;
        try {
            where = LinkUrl.parse(url);
            if (address < 0 || address > 255) {
                throw new IllegalArgumentException("meter address must be 0..255, not " + address);
            }
        } catch (IllegalArgumentException e) {
            throw new ToolException(e.getMessage(), e);
        }
        try (Link link = where.open(connectTimeout)) {
            return operation.run(new MeterReader(link, address, settings));
        } catch (IOException e) {
            throw new ToolException(where + ": " + e.getMessage(), e);
        } catch (Tem106Exception e) {
            throw new ToolException(where + ", meter " + address + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            // jSerialComm reports some port problems unchecked; the user still gets one line
            throw new ToolException(where + ": " + e, e);
        }
    }

    private static void closeQuietly(AutoCloseable closeable) {
        try {
            closeable.close();
        } catch (Exception e) {
            // already failing: the first error is the one to report
        }
    }
}
