package org.castellan.irz.colprot;

import java.util.Objects;
import java.util.function.Consumer;

/**
 * Writes COLPROT frames: {@code C8 CA CB CC CD | type | length (big-endian) | payload | 0D 0A} (irz-modem.md §3).
 *
 * <p>Stateless and thread-safe.
 */
public final class ColprotEncoder {

    /** Bytes a frame adds around its payload: prefix 5, type 1, length 2, trailer 2. */
    public static final int OVERHEAD = 10;

    static final byte[] PREFIX = {(byte) 0xC8, (byte) 0xCA, (byte) 0xCB, (byte) 0xCC, (byte) 0xCD};
    static final int HEADER_LENGTH = 8;
    static final byte CR = 0x0D;
    static final byte LF = 0x0A;

    private ColprotEncoder() {
    }

    /** @return the encoded frame */
    public static byte[] encode(ColprotFrame frame) {
        byte[] out = new byte[OVERHEAD + frame.payloadLength()];
        encodeInto(frame, out, 0);
        return out;
    }

    /**
     * Writes the frame into {@code dst} at {@code off}.
     *
     * @return the number of bytes written, {@link #OVERHEAD} + payload length
     * @throws IndexOutOfBoundsException if {@code dst} has no room for it
     */
    public static int encodeInto(ColprotFrame frame, byte[] dst, int off) {
        int length = frame.payloadLength();
        Objects.checkFromIndexSize(off, OVERHEAD + length, dst.length);
        writeHeader(frame.typeCode(), length, dst, off);
        frame.copyPayload(dst, off + HEADER_LENGTH);
        dst[off + HEADER_LENGTH + length] = CR;
        dst[off + HEADER_LENGTH + length + 1] = LF;
        return OVERHEAD + length;
    }

    /**
     * Wraps {@code len} bytes of poller data in as many type 0x01 frames as {@code maxPayload} requires, in order.
     *
     * @param out receives each encoded frame
     * @throws IllegalArgumentException if {@code maxPayload} is not 1–65,535
     */
    public static void encodeMeterData(byte[] src, int off, int len, int maxPayload, Consumer<byte[]> out) {
        if (maxPayload < 1 || maxPayload > ColprotFrame.MAX_PAYLOAD) {
            throw new IllegalArgumentException("maxPayload: expected 1–65535, found " + maxPayload);
        }
        Objects.checkFromIndexSize(off, len, src.length);
        for (int at = off; at < off + len; at += maxPayload) {
            int chunk = Math.min(maxPayload, off + len - at);
            byte[] frame = new byte[OVERHEAD + chunk];
            writeHeader(FrameType.METER_DATA.code(), chunk, frame, 0);
            System.arraycopy(src, at, frame, HEADER_LENGTH, chunk);
            frame[HEADER_LENGTH + chunk] = CR;
            frame[HEADER_LENGTH + chunk + 1] = LF;
            out.accept(frame);
        }
    }

    private static void writeHeader(int typeCode, int length, byte[] dst, int off) {
        System.arraycopy(PREFIX, 0, dst, off, PREFIX.length);
        dst[off + 5] = (byte) typeCode;
        dst[off + 6] = (byte) (length >>> 8);
        dst[off + 7] = (byte) length;
    }
}
