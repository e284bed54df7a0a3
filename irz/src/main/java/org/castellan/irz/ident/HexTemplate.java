package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.castellan.irz.Hex;

/**
 * A registration packet described as hex bytes with {@code ??} wildcards, e.g. {@code "AA 55 ?? ?? ?? ?? 0D"}
 * (irz-modem.md §6). The wildcard bytes, in order, are the identifier, read as ASCII or written as hex; without
 * wildcards the whole packet is. Immutable and thread-safe.
 */
public final class HexTemplate implements RegistrationMatcher {

    /** How the identifier bytes become text. */
    public enum IdText { ASCII, HEX }

    private final byte[] bytes;
    private final boolean[] wildcard;
    private final IdText idText;
    private final String text;

    private HexTemplate(byte[] bytes, boolean[] wildcard, IdText idText, String text) {
        this.bytes = bytes;
        this.wildcard = wildcard;
        this.idText = idText;
        this.text = text;
    }

    /**
     * @param template hex pairs or {@code ??}, spaces optional; 1–40 bytes
     * @param idText   how the wildcard bytes become the identifier
     * @throws IllegalArgumentException naming the pair that is neither hex nor {@code ??}, or a bad length
     */
    public static HexTemplate parse(String template, IdText idText) {
        String compact = template.replace(" ", "");
        int n = compact.length() / 2;
        if (compact.length() % 2 != 0 || n < 1 || n > MAX_LENGTH) {
            throw new IllegalArgumentException("hex template: expected 1–40 pairs of hex digits or ??, found \""
                    + template + '"');
        }
        byte[] bytes = new byte[n];
        boolean[] wildcard = new boolean[n];
        for (int i = 0; i < n; i++) {
            String pair = compact.substring(2 * i, 2 * i + 2);
            if (pair.equals("??")) {
                wildcard[i] = true;
            } else if (pair.matches("[0-9A-Fa-f]{2}")) {
                bytes[i] = (byte) Integer.parseInt(pair, 16);
            } else {
                throw new IllegalArgumentException("hex template byte " + i + ": expected two hex digits or ??, found \""
                        + pair + '"');
            }
        }
        return new HexTemplate(bytes, wildcard, java.util.Objects.requireNonNull(idText, "idText"), template);
    }

    /** @return the packet length */
    public int length() {
        return bytes.length;
    }

    @Override
    public Outcome match(byte[] buf, int len) {
        for (int i = 0; i < Math.min(len, bytes.length); i++) {
            if (!wildcard[i] && buf[i] != bytes[i]) {
                return Pending.NOT_MINE;
            }
        }
        if (len < bytes.length) {
            return Pending.NEED_MORE;
        }
        return new Found(bytes.length, idOf(buf));
    }

    private String idOf(byte[] buf) {
        boolean any = false;
        for (boolean w : wildcard) {
            any |= w;
        }
        byte[] id = new byte[bytes.length];
        int n = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (wildcard[i] || !any) {
                id[n++] = buf[i];
            }
        }
        return idText == IdText.HEX ? Hex.format(id, 0, n).replace(" ", "")
                : new String(id, 0, n, StandardCharsets.ISO_8859_1);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof HexTemplate other && Arrays.equals(bytes, other.bytes)
                && Arrays.equals(wildcard, other.wildcard) && idText == other.idText;
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(bytes) + Arrays.hashCode(wildcard) + idText.hashCode();
    }

    @Override
    public String toString() {
        return "HexTemplate[" + text + ", id " + idText + ']';
    }
}
