package org.castellan.tem106.reader;

import java.time.LocalDateTime;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.archive.ArchiveRing;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.Reply;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.memory.MemoryRange;
import org.castellan.tem106.memory.TimerMemory;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.meter.ConfigurationCodec;
import org.castellan.tem106.meter.CurrentValues;
import org.castellan.tem106.meter.CurrentValuesCodec;
import org.castellan.tem106.meter.FlashSize;

/**
 * The master's session with one meter over one {@link Link}.
 *
 * <p><b>Lifecycle:</b> made for a link that is open; reads nothing until asked. The configuration is read at most
 * once per reader (on the first operation that needs it) and kept; current values and archives are read on every
 * call. Nothing is read twice within one operation: a 384-byte archive record costs exactly six 64-byte Flash reads.
 * The reader does not own the link: close the link, not the reader.
 *
 * <p><b>Threading:</b> not thread-safe; one thread per reader.
 *
 * <p><b>Errors:</b> every operation throws only {@link Tem106Exception} subclasses (checked): timeout after the
 * retries, link failure, decoding error, refusal. Argument errors (a negative count, {@code from} after {@code to})
 * are {@link IllegalArgumentException}s thrown before any I/O.
 */
public final class MeterReader {
    private final Exchange exchange;
    private final int address;
    private Configuration configuration;

    /**
     * @param link     an open link to the meter
     * @param address  the meter's network address ({@code net_num}), 1..255; 0 asks whoever is on a point-to-point
     *                 line
     * @param settings timeouts and retries
     */
    public MeterReader(Link link, int address, ReaderSettings settings) {
        if (address < 0 || address > 255) {
            throw new IllegalArgumentException("network address must be 0..255, was " + address);
        }
        this.exchange = new Exchange(link, settings);
        this.address = address;
    }

    /** Requests sent so far, retries included. */
    public int requestsSent() {
        return exchange.requests();
    }

    /**
     * Asks the meter who it is (seed §3.1).
     *
     * @throws MeterRefusedException when the answer is not a TEM model string
     */
    public Identity identify() throws Tem106Exception {
        Reply.Identification reply = (Reply.Identification) exchange.perform(new Request.Identify(address));
        if (!reply.looksLikeTem()) {
            throw new MeterRefusedException("the device at address " + reply.address() + " says it is \"" + reply.model()
                    + "\", not a TEM meter");
        }
        return new Identity(reply.address(), reply.model());
    }

    /** The configuration (seed §6.1); read from the meter once per reader, then kept. */
    public Configuration readConfiguration() throws Tem106Exception {
        if (configuration == null) {
            TimerMemory memory = readMemory(MemoryRange.CONFIGURATION);
            configuration = decode("configuration", () -> ConfigurationCodec.decode(memory));
        }
        return configuration;
    }

    /** The current values (seed §6.2): 11 reads of timer memory, plus the configuration on first use. */
    public CurrentValues readCurrent() throws Tem106Exception {
        Configuration config = readConfiguration();
        TimerMemory memory = readMemory(MemoryRange.CURRENT);
        return decode("current values", () -> CurrentValuesCodec.decode(memory, config));
    }

    /**
     * The newest {@code count} records of {@code kind}, oldest first; fewer when the ring holds fewer.
     *
     * @throws MeterRefusedException when {@code FLASH_TYPE} names no known Flash size (erratum 8)
     */
    public List<ArchiveRecord> readLatest(ArchiveKind kind, int count) throws Tem106Exception {
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1, was " + count);
        }
        return walk(kind).latest(count).stream().map(RawRecord::record).toList();
    }

    /**
     * The records of {@code kind} written between {@code from} and {@code to} inclusive (the meter's local time at
     * offset 0000, §6.3.1), oldest first. Walks back from the newest record, jumping to where the ring's period
     * puts {@code to} and checking the guess by its header; headers read to find the window cost one 64-byte read
     * each, the records returned six.
     *
     * @throws MeterRefusedException when {@code FLASH_TYPE} names no known Flash size (erratum 8)
     */
    public List<ArchiveRecord> readArchive(ArchiveKind kind, LocalDateTime from, LocalDateTime to)
            throws Tem106Exception {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return readArchiveRaw(kind, from, to).stream().map(RawRecord::record).toList();
    }

    /**
     * As {@link #readArchive}, each record with the 384 bytes it was decoded from, for a store that keeps what the
     * meter sent.
     */
    public List<RawRecord> readArchiveRaw(ArchiveKind kind, LocalDateTime from, LocalDateTime to)
            throws Tem106Exception {
        if (from.isAfter(to)) {
            throw new IllegalArgumentException("from " + from + " is after to " + to);
        }
        return walk(kind).between(from, to);
    }

    private ArchiveWalk walk(ArchiveKind kind) throws Tem106Exception {
        Configuration config = readConfiguration();
        FlashSize size = config.flashSize().orElseThrow(() -> new MeterRefusedException(String.format(
                "meter %d has FLASH_TYPE 0x%04X, neither 0x1F24 (512 KB) nor 0x1F25 (1 MB): its archive layout is unknown",
                address, config.flashType())));
        ArchiveRing ring = ArchiveRing.of(size, kind);
        // only this archive's pointer: 4 bytes, fresh for each walk (the meter moves it on the hour)
        int at = kind.pointer().address();
        long pointer = readMemory(List.of(new MemoryRange(at, at + kind.pointer().size()))).l(kind.pointer(), 0);
        int newest = decode("archive pointer", () -> ring.newestIndex(pointer));
        return new ArchiveWalk(this, ring, newest);
    }

    /** Reads the ranges in requests of at most 64 bytes. */
    TimerMemory readMemory(List<MemoryRange> ranges) throws Tem106Exception {
        TimerMemory memory = new TimerMemory();
        for (MemoryRange range : ranges) {
            for (int at = range.start(); at < range.end(); at += Request.MAX_READ) {
                int length = Math.min(Request.MAX_READ, range.end() - at);
                memory.load(at, exchange.perform(new Request.ReadTimerMemory(address, at, length)).data());
            }
        }
        return memory;
    }

    /** One 64-byte (or shorter) read of Flash. */
    byte[] readFlash(long start, int length) throws Tem106Exception {
        return exchange.perform(new Request.ReadFlash(address, start, length)).data();
    }

    /** A decoding step that may find nonsense in what the meter holds. */
    interface Decoding<T> {
        T run() throws DecodingException;
    }

    <T> T decode(String what, Decoding<T> step) throws MeterDecodingException {
        try {
            return step.run();
        } catch (DecodingException e) {
            throw new MeterDecodingException("meter " + address + " holds an invalid " + what, e);
        }
    }
}
