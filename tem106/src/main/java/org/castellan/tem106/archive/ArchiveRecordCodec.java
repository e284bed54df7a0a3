package org.castellan.tem106.archive;

import static org.castellan.tem106.codec.MeterNumbers.c;
import static org.castellan.tem106.codec.MeterNumbers.f;
import static org.castellan.tem106.codec.MeterNumbers.l;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.castellan.tem106.archive.ArchiveRecord.ExtraVolume;
import org.castellan.tem106.codec.Checksum;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.MeterNumbers;
import org.castellan.tem106.meter.CommaTable;
import org.castellan.tem106.meter.Integrator;
import org.castellan.tem106.meter.MeterDates;
import org.castellan.tem106.meter.SystemTimes;

/**
 * Decodes and encodes the 384-byte archive record of seed TEM-106 §5.2. Stateless; safe from any thread.
 * Bytes the seed leaves undescribed ({@code 0162..0169}, {@code 0170..0174}, {@code 0179..017E}) are ignored on
 * decoding and written as zero.
 */
public final class ArchiveRecordCodec {
    static final int LVOLUME = 0x004;
    static final int VOLUME = 0x01C;
    static final int LMASS = 0x034;
    static final int MASS = 0x04C;
    static final int LENERGY = 0x064;
    static final int ENERGY = 0x07C;
    static final int LENERGYALL = 0x094;
    static final int ENERGYALL = 0x098;
    static final int TIME_WRKALL = 0x09C;
    /** time_wrk, time_e1, time_e2, time_e3, time_e4: L[6] each, one after another. */
    static final int[] TIMES = {0x0A0, 0x0B8, 0x0D0, 0x0E8, 0x100};
    static final int COMMA = 0x118;
    static final int MT = 0x11E;
    static final int MP = 0x13A;
    static final int VOLUME_DOP_L = 0x152;
    static final int VOLUME_DOP_H = 0x15A;
    static final int ERROR = 0x16A;
    static final int PRED = 0x175;
    static final int CHECKSUM = 0x17F;

    /** Header order hh dd MM YY, at 0000 and at 0175 (§6.3.1, §6.3.2). */
    private static final String[] UNITS = {"hh", "dd", "MM", "YY"};
    private static final String[] WRITTEN = {"hour", "day", "month", "year"};
    private static final String[] COVERED = {"pred_hh", "pred_dm", "pred_my", "pred_yc"};

    private ArchiveRecordCodec() {
    }

    /** Whether the record slot was never written: erased Flash reads {@code FF} (its header is {@code FF FF FF FF}). */
    public static boolean isErased(byte[] bytes) {
        return bytes.length >= 4 && (bytes[0] & bytes[1] & bytes[2] & bytes[3]) == (byte) 0xFF;
    }

    /** The time the record was written, from its first four bytes (all that the first 64-byte read needs). */
    public static LocalDateTime writtenAt(byte[] bytes) throws DecodingException {
        return MeterDates.decode(bytes, 0, UNITS, WRITTEN);
    }

    /**
     * Decodes a record.
     *
     * @throws DecodingException when the size is not 384, a date is not BCD or no date, or a fractional part of an
     *     integrator is not a finite float
     */
    public static ArchiveRecord decode(byte[] bytes) throws DecodingException {
        if (bytes.length != ArchiveRing.RECORD_SIZE) {
            throw new DecodingException("record size", "384 bytes", bytes.length + " bytes");
        }
        List<SystemArchive> systems = new ArrayList<>(6);
        for (int s = 0; s < 6; s++) {
            systems.add(system(bytes, s));
        }
        Integrator total = new Integrator(l(bytes, ENERGYALL), finite(bytes, LENERGYALL, "lenergyall"),
                c(bytes, COMMA), CommaTable.ENERGY);
        List<ExtraVolume> extra = List.of(
                new ExtraVolume(finite(bytes, VOLUME_DOP_H, "volume_dop_h[0]"), finite(bytes, VOLUME_DOP_L, "volume_dop_l[0]")),
                new ExtraVolume(finite(bytes, VOLUME_DOP_H + 4, "volume_dop_h[1]"),
                        finite(bytes, VOLUME_DOP_L + 4, "volume_dop_l[1]")));
        int sum = Checksum.sum(bytes, 0, CHECKSUM);
        int stored = c(bytes, CHECKSUM);
        return new ArchiveRecord(writtenAt(bytes), MeterDates.decode(bytes, PRED, UNITS, COVERED), systems, total,
                Duration.ofSeconds(l(bytes, TIME_WRKALL)), floats(bytes, MT, 7), floats(bytes, MP, 6), extra,
                new RecordChecksum(stored, stored == (~sum & 0xFF), stored == sum));
    }

    private static SystemArchive system(byte[] bytes, int s) throws DecodingException {
        int comma = c(bytes, COMMA + s);
        Integrator energy = integrator(bytes, ENERGY, LENERGY, s, comma, CommaTable.ENERGY, "lenergy");
        Integrator mass = integrator(bytes, MASS, LMASS, s, comma, CommaTable.MASS_VOLUME, "lmass");
        Integrator volume = integrator(bytes, VOLUME, LVOLUME, s, comma, CommaTable.MASS_VOLUME, "lvolume");
        long[] seconds = new long[TIMES.length];
        for (int k = 0; k < TIMES.length; k++) {
            seconds[k] = l(bytes, TIMES[k] + 4 * s);
        }
        SystemTimes times = SystemTimes.ofSeconds(seconds);
        return new SystemArchive(s + 1, comma, energy, mass, volume, times, c(bytes, ERROR + s));
    }

    private static Integrator integrator(byte[] bytes, int integer, int fraction, int s, int comma, CommaTable table,
            String name) throws DecodingException {
        return new Integrator(l(bytes, integer + 4 * s), finite(bytes, fraction + 4 * s, name + "[" + s + "]"), comma,
                table);
    }

    private static float finite(byte[] bytes, int offset, String name) throws DecodingException {
        float value = f(bytes, offset);
        if (!Float.isFinite(value)) {
            throw new DecodingException(name, "a finite float", Float.toString(value));
        }
        return value;
    }

    private static List<Float> floats(byte[] bytes, int offset, int count) {
        List<Float> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            values.add(f(bytes, offset + 4 * i));
        }
        return values;
    }

    /**
     * Encodes a record; the checksum byte is {@code record.checksum().stored()} as given (see
     * {@link #sealWithNotSum(byte[])} for the emulator's choice).
     */
    public static byte[] encode(ArchiveRecord record) {
        byte[] bytes = new byte[ArchiveRing.RECORD_SIZE];
        MeterDates.encode(record.writtenAt(), bytes, 0, UNITS);
        MeterDates.encode(record.coveredFrom(), bytes, PRED, UNITS);
        for (SystemArchive system : record.systems()) {
            putSystem(bytes, system);
        }
        MeterNumbers.putL(bytes, ENERGYALL, record.totalEnergy().integer());
        MeterNumbers.putF(bytes, LENERGYALL, record.totalEnergy().fraction());
        MeterNumbers.putL(bytes, TIME_WRKALL, record.poweredTime().toSeconds());
        for (int i = 0; i < 7; i++) {
            MeterNumbers.putF(bytes, MT + 4 * i, record.temperatures().get(i));
        }
        for (int i = 0; i < 6; i++) {
            MeterNumbers.putF(bytes, MP + 4 * i, record.pressures().get(i));
        }
        for (int i = 0; i < 2; i++) {
            MeterNumbers.putF(bytes, VOLUME_DOP_H + 4 * i, record.extraVolumes().get(i).high());
            MeterNumbers.putF(bytes, VOLUME_DOP_L + 4 * i, record.extraVolumes().get(i).low());
        }
        MeterNumbers.putC(bytes, CHECKSUM, record.checksum().stored());
        return bytes;
    }

    private static void putSystem(byte[] bytes, SystemArchive system) {
        int at = 4 * (system.number() - 1);
        MeterNumbers.putC(bytes, COMMA + system.number() - 1, system.comma());
        MeterNumbers.putC(bytes, ERROR + system.number() - 1, system.errorBits());
        MeterNumbers.putL(bytes, ENERGY + at, system.energy().integer());
        MeterNumbers.putF(bytes, LENERGY + at, system.energy().fraction());
        MeterNumbers.putL(bytes, MASS + at, system.mass().integer());
        MeterNumbers.putF(bytes, LMASS + at, system.mass().fraction());
        MeterNumbers.putL(bytes, VOLUME + at, system.volume().integer());
        MeterNumbers.putF(bytes, LVOLUME + at, system.volume().fraction());
        long[] seconds = system.times().seconds();
        for (int k = 0; k < TIMES.length; k++) {
            MeterNumbers.putL(bytes, TIMES[k] + at, seconds[k]);
        }
    }

    /** Sets the checksum byte to NOT(sum of bytes 0000..017E), the frame rule: the emulator's choice (erratum 7). */
    public static byte[] sealWithNotSum(byte[] bytes) {
        bytes[CHECKSUM] = (byte) Checksum.of(bytes, 0, CHECKSUM);
        return bytes;
    }
}
