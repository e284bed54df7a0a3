package org.castellan.irz;

import java.nio.charset.StandardCharsets;

/**
 * Byte sequences from the protocol description, each annotated with where it comes from. The document gives
 * templates with placeholders; where a value had to be filled in (an IMEI, an ICCID, a time) the comment says so.
 * Tests parse them, assert the fields, and write them back to the same bytes.
 */
public final class GoldenVectors {

    private GoldenVectors() {
    }

    /**
     * irz-modem.md §1, the identification line with the optional COLPROT key, as an ATM31 sends it. IMEI filled in
     * (a 15-digit test IMEI with a valid Luhn digit).
     */
    public static final byte[] IDENT_LINE_COLPROT = ascii("AT$IMEI=861230045678903,PSW=5492,TYP=ATM,DEV=ATM31,VER=01,"
            + "REV=03,BLD=016.353,HDW=2.0,SIM=0,CSQ=17,COLPROT=1.3,ATP=1.1,INT=485+232,\n");

    /**
     * irz-modem.md §1, the same line without COLPROT (raw mode) but with the optional channel and server-mode block.
     * IMEI, channel, IP and port filled in.
     */
    public static final byte[] IDENT_LINE_RAW_CHN = ascii("AT$IMEI=861230045678903,PSW=5492,TYP=ATM,DEV=ATM31,VER=01,"
            + "REV=03,BLD=016.353,HDW=2.0,SIM=1,CSQ=99,ATP=1.1,INT=485+232,CHN=2,MOD=SRV,IP=10.0.0.7,PORT=35001,\n");

    /** irz-modem.md §2, the normal data-mode greeting; the time (2024-03-01 12:00:00) filled in. */
    public static final byte[] GREETING_DAT = ascii("20240301120000,MOD=DAT,\r");

    /** irz-modem.md §2, the remote configuration greeting with the factory password. */
    public static final byte[] GREETING_SET = ascii("20240301120000,MOD=SET,PSW=5492,\r");

    /** irz-modem.md §2, the firmware greeting; page 0012 filled in. */
    public static final byte[] GREETING_FRM = ascii("20240301120000,MOD=FRM,PSW=5492,PAG=0012,\r");

    /** irz-modem.md §3/§4, the 15-byte COLPROT keep-alive frame (type 0x02, payload B5 BC BD BE BF). */
    public static final byte[] KEEP_ALIVE_FRAME = Hex.parse("C8 CA CB CC CD 02 00 05 B5 BC BD BE BF 0D 0A");

    /** irz-modem.md §4, the raw-mode keep-alive pattern. */
    public static final byte[] RAW_KEEP_ALIVE = Hex.parse("B5 BC BD BE BF");

    /** irz-modem.md §3, transparent meter data (type 0x01); payload: a TEM-106-like request, made up. */
    public static final byte[] METER_DATA_FRAME = Hex.parse("C8 CA CB CC CD 01 00 06 55 01 0F 00 00 A5 0D 0A");

    /** irz-modem.md §5, status request {@code @01} (signal) with xx = 01. */
    public static final byte[] SIGNAL_REQUEST = Hex.parse("C8 CA CB CC CD 0C 00 03 01 40 01 0D 0A");

    /** irz-modem.md §5, signal answer: CSQ 17 (0x11) → −79 dBm. */
    public static final byte[] SIGNAL_ANSWER_CSQ17 = Hex.parse("C8 CA CB CC CD 0C 00 04 01 40 01 11 0D 0A");

    /** irz-modem.md §5, status request {@code @02} (GPIO). */
    public static final byte[] GPIO_REQUEST = Hex.parse("C8 CA CB CC CD 0C 00 03 01 40 02 0D 0A");

    /** irz-modem.md §5, GPIO answer with the four pin bytes of the table: input low/high, output low/high. */
    public static final byte[] GPIO_ANSWER_80_82_C0_C2 = Hex.parse("C8 CA CB CC CD 0C 00 07 01 40 02 80 82 C0 C2 0D 0A");

    /** irz-modem.md §5, cell info answer with the document's example text. */
    public static final byte[] CELL_INFO_ANSWER = frame0C("01 40 04", "0,\"250,01,00dd,3860,29,21\";");

    /** irz-modem.md §5, temperature answer: byte 0x7D = 125 → 25 °C. */
    public static final byte[] TEMPERATURE_ANSWER_25C = Hex.parse("C8 CA CB CC CD 0C 00 04 01 40 05 7D 0D 0A");

    /** irz-modem.md §5, ICCID answer; a 20-digit Russian ICCID (89 70 1…) filled in. */
    public static final byte[] ICCID_ANSWER_20 = frame0C("01 40 0B", "89701012345678901234");

    /** irz-modem.md §5, ICCID answer with 19 characters. */
    public static final byte[] ICCID_ANSWER_19 = frame0C("01 40 0B", "8970101234567890123");

    /** irz-modem.md §5, the text command switching output 1 high, in a 0x0C frame. */
    public static final byte[] GP1_HIGH_COMMAND = frame0C("", "$gp1=1\r");

    /** irz-modem.md §6, the length-prefixed IMEI: 00 0F and 15 ASCII digits. */
    public static final byte[] LENGTH_PREFIXED_IMEI = concat(Hex.parse("00 0F"), ascii("861230045678903"));

    /** The IMEI used in the vectors above. */
    public static final String IMEI = "861230045678903";

    /** @return US-ASCII bytes */
    public static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }

    /** @return the arrays one after another */
    public static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) {
            n += p.length;
        }
        byte[] out = new byte[n];
        int at = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, at, p.length);
            at += p.length;
        }
        return out;
    }

    private static byte[] frame0C(String headerHex, String ascii) {
        byte[] payload = concat(Hex.parse(headerHex), ascii(ascii));
        byte[] head = Hex.parse("C8 CA CB CC CD 0C");
        return concat(head, new byte[] {(byte) (payload.length >> 8), (byte) payload.length}, payload,
                Hex.parse("0D 0A"));
    }
}
