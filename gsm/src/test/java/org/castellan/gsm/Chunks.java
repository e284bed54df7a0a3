package org.castellan.gsm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Cuts a byte stream into the pieces a socket might deliver. */
public final class Chunks {

    private Chunks() {
    }

    /** @return {@code bytes} cut before each of the ascending {@code positions} */
    public static List<byte[]> cutAt(byte[] bytes, int... positions) {
        List<byte[]> out = new ArrayList<>();
        int from = 0;
        for (int p : positions) {
            out.add(Arrays.copyOfRange(bytes, from, p));
            from = p;
        }
        out.add(Arrays.copyOfRange(bytes, from, bytes.length));
        return out;
    }

    /** @return {@code bytes} cut before each of the ascending {@code positions}; those past the end cut at the end */
    public static List<byte[]> cutAtClipped(byte[] bytes, int... positions) {
        return cutAt(bytes, Arrays.stream(positions).map(p -> Math.min(p, bytes.length)).toArray());
    }

    /** @return one single-byte piece per byte */
    public static List<byte[]> bytewise(byte[] bytes) {
        List<byte[]> out = new ArrayList<>();
        for (byte b : bytes) {
            out.add(new byte[] {b});
        }
        return out;
    }
}
