package org.castellan.irz.colprot;

import java.util.Arrays;
import java.util.Objects;
import org.castellan.irz.Hex;

/**
 * One COLPROT frame: a type byte and a payload (irz-modem.md §3). Immutable value with content equality.
 *
 * <p>Not a record on purpose: a record would expose its payload array. The decoder hands its freshly allocated payload
 * over without a second copy ({@link #adopt}); everyone else gets copies.
 */
public final class ColprotFrame implements ColprotEvent {

    /** Largest payload the 2-byte length field can describe. */
    public static final int MAX_PAYLOAD = 0xFFFF;

    /** Keep-alive payload in both framings (§3 type 0x02, §4 raw mode). */
    private static final byte[] KEEP_ALIVE_PAYLOAD = {(byte) 0xB5, (byte) 0xBC, (byte) 0xBD, (byte) 0xBE, (byte) 0xBF};

    private final int typeCode;
    private final byte[] payload;

    private ColprotFrame(int typeCode, byte[] payload) {
        if (typeCode < 0 || typeCode > 0xFF) {
            throw new IllegalArgumentException("frame type: expected 0–255, found " + typeCode);
        }
        if (payload.length > MAX_PAYLOAD) {
            throw new IllegalArgumentException("payload length: expected at most 65535, found " + payload.length);
        }
        this.typeCode = typeCode;
        this.payload = payload;
    }

    /**
     * @param typeCode the type byte 0–255 (known or not)
     * @param payload  copied; at most 65,535 bytes
     * @throws IllegalArgumentException if the type or length does not fit the frame
     */
    public static ColprotFrame of(int typeCode, byte[] payload) {
        return new ColprotFrame(typeCode, payload.clone());
    }

    /** @see #of(int, byte[]) */
    public static ColprotFrame of(FrameType type, byte[] payload) {
        return of(type.code(), payload);
    }

    /** @return a type 0x01 frame carrying meter (or poller) bytes */
    public static ColprotFrame meterData(byte[] data) {
        return of(FrameType.METER_DATA, data);
    }

    /** @return the modem's keep-alive frame, type 0x02 with payload {@code B5 BC BD BE BF} (15 bytes encoded) */
    public static ColprotFrame keepAlive() {
        return new ColprotFrame(FrameType.KEEP_ALIVE.code(), KEEP_ALIVE_PAYLOAD.clone());
    }

    /** Takes ownership of {@code payload} without copying; only for the decoder, which never touches it again. */
    static ColprotFrame adopt(int typeCode, byte[] payload) {
        return new ColprotFrame(typeCode, payload);
    }

    /** @return the type byte as sent, 0–255 */
    public int typeCode() {
        return typeCode;
    }

    /** @return the known type, or {@link FrameType#UNKNOWN} */
    public FrameType type() {
        return FrameType.of(typeCode);
    }

    /** @return a copy of the payload */
    public byte[] payload() {
        return payload.clone();
    }

    /** @return the payload length */
    public int payloadLength() {
        return payload.length;
    }

    /** @return payload byte {@code index} as 0–255 */
    public int payloadAt(int index) {
        return payload[index] & 0xFF;
    }

    /** Copies the payload into {@code dst} at {@code off} (for callers that own a buffer). */
    public void copyPayload(byte[] dst, int off) {
        System.arraycopy(payload, 0, dst, off, payload.length);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ColprotFrame other && typeCode == other.typeCode && Arrays.equals(payload, other.payload);
    }

    @Override
    public int hashCode() {
        return Objects.hash(typeCode, Arrays.hashCode(payload));
    }

    @Override
    public String toString() {
        return "ColprotFrame[" + type() + " " + Hex.formatByte(typeCode) + ", payload " + Hex.format(payload) + ']';
    }
}
