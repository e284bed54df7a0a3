package org.castellan.osdp.codec;

import java.util.Arrays;
import java.util.HexFormat;

/**
 * One OSDP packet, as sent or received (shared/protocols/osdp.md, "Frame").
 *
 * @param mark     whether it is preceded by the 0xFF mark byte (OSDP 2.2; a PD mirrors the CP's choice)
 * @param address  0x00–0x7E, 0x7F for broadcast
 * @param reply    from a PD (bit 7 of the address byte set)
 * @param sequence 0–3: 0 (re)starts a conversation, then 1, 2, 3, 1…
 * @param crc      CRC-16 (CTRL bit 2) rather than the one-byte checksum
 * @param scb      the security control block without its length byte (type, data…), or null when absent
 * @param code     the command or reply code
 * @param data     the payload after the code
 * @param mac      the 4 MAC bytes of a secure-channel packet (SCS_15–18), or null
 */
public record Packet(boolean mark, int address, boolean reply, int sequence, boolean crc, byte[] scb, int code,
        byte[] data, byte[] mac) {
    /** The largest packet a CP or PD may send (OSDP 2.2). */
    public static final int MAX_LENGTH = 1440;

    public Packet {
        if (address < 0 || address > 0x7F) {
            throw new IllegalArgumentException("address must be 0x00..0x7F, was " + address);
        }
        if (sequence < 0 || sequence > 3) {
            throw new IllegalArgumentException("sequence must be 0..3, was " + sequence);
        }
        if (code < 0 || code > 0xFF) {
            throw new IllegalArgumentException("code must be one byte, was " + code);
        }
        if (scb != null && (scb.length < 1 || scb.length > 254)) {
            throw new IllegalArgumentException("a security block holds 1..254 bytes after its length, not " + scb.length);
        }
        if (mac != null && mac.length != 4) {
            throw new IllegalArgumentException("a MAC is 4 bytes, not " + mac.length);
        }
        scb = scb == null ? null : scb.clone();
        data = data == null ? new byte[0] : data.clone();
        mac = mac == null ? null : mac.clone();
    }

    /** A command from the CP, with CRC and no mark or security block. */
    public static Packet command(int address, int sequence, int code, byte[] data) {
        return new Packet(false, address, false, sequence, true, null, code, data, null);
    }

    /** A reply from a PD, with CRC and no mark or security block. */
    public static Packet reply(int address, int sequence, int code, byte[] data) {
        return new Packet(false, address, true, sequence, true, null, code, data, null);
    }

    @Override
    public byte[] scb() {
        return scb == null ? null : scb.clone();
    }

    @Override
    public byte[] data() {
        return data.clone();
    }

    @Override
    public byte[] mac() {
        return mac == null ? null : mac.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Packet p && mark == p.mark && address == p.address && reply == p.reply
                && sequence == p.sequence && crc == p.crc && Arrays.equals(scb, p.scb) && code == p.code
                && Arrays.equals(data, p.data) && Arrays.equals(mac, p.mac);
    }

    @Override
    public int hashCode() {
        return ((address * 31 + code) * 31 + sequence) * 31 + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        HexFormat hex = HexFormat.of();
        return String.format("Packet[%s addr=0x%02X seq=%d %s code=0x%02X data=%s%s%s]", reply ? "reply" : "command",
                address, sequence, crc ? "crc" : "checksum", code, hex.formatHex(data),
                scb == null ? "" : " scb=" + hex.formatHex(scb), mac == null ? "" : " mac=" + hex.formatHex(mac));
    }
}
