package org.castellan.osdp.codec;

/**
 * Packets to bytes and back (shared/protocols/osdp.md, "Frame"): {@code [FF] 53 ADDR LEN_LSB LEN_MSB CTRL [SCB] CODE
 * DATA [MAC] CRC_LSB CRC_MSB} or {@code … CKSUM}; LEN counts from SOM to the end of the CRC or checksum, the mark
 * excluded. No I/O; {@link Framer} finds packets in a byte stream.
 */
public final class PacketCodec {
    /** Start of message. */
    public static final int SOM = 0x53;
    /** The optional mark before SOM. */
    public static final int MARK = 0xFF;
    /** The fewest bytes from SOM on: SOM, ADDR, LEN×2, CTRL, CODE and a checksum. */
    public static final int MIN_LENGTH = 7;

    private static final int CTRL_SEQUENCE = 0x03;
    private static final int CTRL_CRC = 0x04;
    private static final int CTRL_SCB = 0x08;
    /** Security block types whose packets carry a MAC (SCS_15–18). */
    private static final int FIRST_MAC_TYPE = 0x15;
    private static final int LAST_MAC_TYPE = 0x18;

    private PacketCodec() {
    }

    public static byte[] encode(Packet p) {
        byte[] scb = p.scb();
        byte[] data = p.data();
        byte[] mac = p.mac();
        int length = 6 + (scb == null ? 0 : scb.length + 1) + data.length + (mac == null ? 0 : 4) + (p.crc() ? 2 : 1);
        if (length > Packet.MAX_LENGTH) {
            throw new IllegalArgumentException("packet of " + length + " bytes exceeds " + Packet.MAX_LENGTH);
        }
        int start = p.mark() ? 1 : 0;
        byte[] out = new byte[start + length];
        if (p.mark()) {
            out[0] = (byte) MARK;
        }
        int i = start;
        out[i++] = SOM;
        out[i++] = (byte) (p.address() | (p.reply() ? 0x80 : 0));
        out[i++] = (byte) length;
        out[i++] = (byte) (length >> 8);
        out[i++] = (byte) (p.sequence() | (p.crc() ? CTRL_CRC : 0) | (scb != null ? CTRL_SCB : 0));
        if (scb != null) {
            out[i++] = (byte) (scb.length + 1);
            System.arraycopy(scb, 0, out, i, scb.length);
            i += scb.length;
        }
        out[i++] = (byte) p.code();
        System.arraycopy(data, 0, out, i, data.length);
        i += data.length;
        if (mac != null) {
            System.arraycopy(mac, 0, out, i, 4);
            i += 4;
        }
        if (p.crc()) {
            int crc = Crc16.of(out, start, i - start);
            out[i++] = (byte) crc;
            out[i] = (byte) (crc >> 8);
        } else {
            out[i] = (byte) Checksum.of(out, start, i - start);
        }
        return out;
    }

    /**
     * One whole packet from SOM (no mark) to its CRC or checksum.
     *
     * @param mark whether a mark preceded it (recorded in the packet)
     * @throws OsdpDecodingException naming the field that is wrong
     */
    public static Packet decode(byte[] bytes, boolean mark) throws OsdpDecodingException {
        if (bytes.length < MIN_LENGTH) {
            throw new OsdpDecodingException("packet: expected at least " + MIN_LENGTH + " bytes, found " + bytes.length);
        }
        if ((bytes[0] & 0xFF) != SOM) {
            throw new OsdpDecodingException(String.format("SOM: expected 0x53, found 0x%02X", bytes[0] & 0xFF));
        }
        int length = (bytes[2] & 0xFF) | (bytes[3] & 0xFF) << 8;
        if (length != bytes.length) {
            throw new OsdpDecodingException("LEN: the packet is " + bytes.length + " bytes, LEN says " + length);
        }
        int ctrl = bytes[4] & 0xFF;
        boolean crc = (ctrl & CTRL_CRC) != 0;
        int end = length - (crc ? 2 : 1); // first byte of the CRC or checksum
        if (crc) {
            int expected = Crc16.of(bytes, 0, end);
            int found = (bytes[end] & 0xFF) | (bytes[end + 1] & 0xFF) << 8;
            if (expected != found) {
                throw new OsdpDecodingException(String.format("CRC: expected 0x%04X, found 0x%04X", expected, found));
            }
        } else {
            int expected = Checksum.of(bytes, 0, end);
            if (expected != (bytes[end] & 0xFF)) {
                throw new OsdpDecodingException(String.format("checksum: expected 0x%02X, found 0x%02X", expected,
                        bytes[end] & 0xFF));
            }
        }
        int i = 5;
        byte[] scb = null;
        boolean hasMac = false;
        if ((ctrl & CTRL_SCB) != 0) {
            int scbLength = bytes[i] & 0xFF;
            if (scbLength < 2 || i + scbLength >= end) {
                throw new OsdpDecodingException("SCB length: expected 2.." + (end - i - 1) + ", found " + scbLength);
            }
            scb = java.util.Arrays.copyOfRange(bytes, i + 1, i + scbLength);
            int type = scb[0] & 0xFF;
            hasMac = type >= FIRST_MAC_TYPE && type <= LAST_MAC_TYPE;
            i += scbLength;
        }
        int dataEnd = end - (hasMac ? 4 : 0);
        if (i >= dataEnd) {
            throw new OsdpDecodingException("CODE: the packet ends before its command or reply code");
        }
        int code = bytes[i++] & 0xFF;
        byte[] data = java.util.Arrays.copyOfRange(bytes, i, dataEnd);
        byte[] mac = hasMac ? java.util.Arrays.copyOfRange(bytes, dataEnd, end) : null;
        int address = bytes[1] & 0x7F;
        boolean reply = (bytes[1] & 0x80) != 0;
        return new Packet(mark, address, reply, ctrl & CTRL_SEQUENCE, crc, scb, code, data, mac);
    }
}
