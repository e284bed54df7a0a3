package org.castellan.tem106.meter;

import java.time.DateTimeException;
import java.time.LocalDateTime;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.MeterNumbers;

/**
 * The meter's BCD date-times. The meter keeps local wall-clock time with no zone, so these are
 * {@link LocalDateTime}s; years are 20YY.
 */
public final class MeterDates {
    /** The clock in the timer memory, {@code 0482..0487}: ss mm hh dd MM YY (§6.2.1). */
    private static final String[] CLOCK_UNITS = {"ss", "mm", "hh", "dd", "MM", "YY"};
    private static final String[] CLOCK_NAMES =
            {"rtc_ss_2k", "rtc_mm_2k", "rtc_hh_2k", "rtc_dm_2k", "rtc_my_2k", "rtc_yc_2k"};

    private MeterDates() {
    }

    /** The six clock bytes {@code rtc_ss_2k..rtc_yc_2k} (seed §6.2.1: {@code 33 15 14 02 03 16} → 2016-03-02 14:15:33). */
    public static LocalDateTime decodeClock(byte[] sixBytes) throws DecodingException {
        return decode(sixBytes, 0, CLOCK_UNITS, CLOCK_NAMES);
    }

    /** The inverse of {@link #decodeClock(byte[])}. */
    public static byte[] encodeClock(LocalDateTime time) {
        byte[] bytes = new byte[CLOCK_UNITS.length];
        encode(time, bytes, 0, CLOCK_UNITS);
        return bytes;
    }

    /**
     * Decodes BCD bytes in the given order of {@code units} ("ss", "mm", "hh", "dd", "MM", "YY"), each named in
     * errors by the matching entry of {@code names}.
     *
     * @throws DecodingException when the bytes end early, a byte is not BCD or the digits make no date
     */
    public static LocalDateTime decode(byte[] bytes, int offset, String[] units, String[] names)
            throws DecodingException {
        if (bytes.length - offset < units.length) {
            throw new DecodingException(String.join(" ", names),
                    units.length + " bytes from offset " + offset, bytes.length + " bytes in all");
        }
        int second = 0;
        int minute = 0;
        int hour = 0;
        int day = 1;
        int month = 1;
        int year = 2000;
        for (int k = 0; k < units.length; k++) {
            int value = MeterNumbers.bcd(bytes, offset + k, names[k]);
            switch (units[k]) {
                case "ss" -> second = value;
                case "mm" -> minute = value;
                case "hh" -> hour = value;
                case "dd" -> day = value;
                case "MM" -> month = value;
                case "YY" -> year = 2000 + value;
                default -> throw new IllegalArgumentException("unknown unit " + units[k]);
            }
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second);
        } catch (DateTimeException e) {
            throw new DecodingException(String.join(" ", names), "a valid date and time",
                    String.format("%04d-%02d-%02d %02d:%02d:%02d", year, month, day, hour, minute, second));
        }
    }

    /** Encodes {@code time} as BCD bytes in the order of {@code units}. */
    public static void encode(LocalDateTime time, byte[] bytes, int offset, String[] units) {
        for (int k = 0; k < units.length; k++) {
            int value = switch (units[k]) {
                case "ss" -> time.getSecond();
                case "mm" -> time.getMinute();
                case "hh" -> time.getHour();
                case "dd" -> time.getDayOfMonth();
                case "MM" -> time.getMonthValue();
                case "YY" -> time.getYear() - 2000;
                default -> throw new IllegalArgumentException("unknown unit " + units[k]);
            };
            MeterNumbers.putBcd(bytes, offset + k, value);
        }
    }
}
