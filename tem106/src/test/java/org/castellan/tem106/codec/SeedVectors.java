package org.castellan.tem106.codec;

import java.util.HexFormat;

/**
 * Golden frames and values, each with its source. "seed" is shared/seeds/001 (the TEM-106 protocol description);
 * "tem106.md" is shared/protocols/tem106.md; "derived" means the seed gives every field but not the checksum, which
 * was computed by hand (python: {@code (~sum(frame)) & 0xFF}) independently of this library.
 */
public final class SeedVectors {
    private SeedVectors() {
    }

    /** seed §3.1 request example, checksum printed there: identify meter 1. */
    public static final byte[] IDENTIFY_REQUEST = hex("55 01 FE 00 00 00 AB");

    /** tem106.md "Framing": identify at address 0, used by other drivers to discover the meter on a line. */
    public static final byte[] IDENTIFY_ANY_REQUEST = hex("55 00 FF 00 00 00 AB");

    /** seed §3.1 reply example, model "TEMC106" in ASCII (derived checksum). */
    public static final byte[] IDENTIFY_REPLY = hex("AA 01 FE 00 00 07 54 45 4D 43 31 30 36 8F");

    /** seed §3.1 reply as printed, in Cyrillic "ТЕМС106" encoded windows-1251 (derived checksum). */
    public static final byte[] IDENTIFY_REPLY_CYRILLIC = hex("AA 01 FE 00 00 07 D2 C5 CC D1 31 30 36 84");

    /** seed §4.1 request example: timer memory, address 0x0180, 0x40 bytes (derived checksum). */
    public static final byte[] READ_TIMER_REQUEST = hex("55 01 FE 0F 01 03 01 80 40 D7");

    /** seed §4.2 request example: Flash, 0x40 bytes at 0x00010080, count first (erratum 1; derived checksum). */
    public static final byte[] READ_FLASH_REQUEST = hex("55 01 FE 0F 03 05 40 00 01 00 80 D3");

    /** seed §7: I 0x55.43 = 21827. */
    public static final byte[] INT_21827 = hex("55 43");

    /** seed §7: L 0x01.4D.0F.11 = 21827345. */
    public static final byte[] LONG_21827345 = hex("01 4D 0F 11");

    /** seed §7: F 0x4B.A6.87.88 = 21827345 (as a float). */
    public static final byte[] FLOAT_21827345 = hex("4B A6 87 88");

    /** seed §6.2.1: rtc_ss..rtc_yc 33 15 14 02 03 16 = 2016-03-02 14:15:33. */
    public static final byte[] CLOCK_2016_03_02 = hex("33 15 14 02 03 16");

    /** seed §6.3.1: record header 08 20 03 15 = written 2015-03-20 08:00. */
    public static final byte[] RECORD_WRITTEN = hex("08 20 03 15");

    /** seed §6.3.2: pred_* 07 20 03 15 = covers from 2015-03-20 07:00. */
    public static final byte[] RECORD_COVERED = hex("07 20 03 15");

    public static byte[] hex(String spaced) {
        return HexFormat.of().parseHex(spaced.replace(" ", ""));
    }

    /** A reply frame built by hand (not by FrameCodec) with a correct checksum: for negative vectors. */
    public static byte[] replyFrame(int sig, int address, int inverted, int group, int command, byte[] data) {
        byte[] frame = new byte[7 + data.length];
        frame[0] = (byte) sig;
        frame[1] = (byte) address;
        frame[2] = (byte) inverted;
        frame[3] = (byte) group;
        frame[4] = (byte) command;
        frame[5] = (byte) data.length;
        System.arraycopy(data, 0, frame, 6, data.length);
        int sum = 0;
        for (int i = 0; i < frame.length - 1; i++) {
            sum += frame[i] & 0xFF;
        }
        frame[frame.length - 1] = (byte) ~sum;
        return frame;
    }
}
