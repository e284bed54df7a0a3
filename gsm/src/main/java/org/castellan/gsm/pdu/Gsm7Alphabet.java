package org.castellan.gsm.pdu;

import java.util.HashMap;
import java.util.Map;
import org.castellan.gsm.GsmDecodingException;

/**
 * The GSM 7 bit default alphabet and its extension table (3GPP TS 23.038 §6.2.1 and §6.2.1.1): characters ↔ septets.
 * An extension character is sent as the escape septet 0x1B followed by its code, so it costs two septets of the 160
 * in one message. No national language shift tables: a text that needs one is sent as UCS-2.
 *
 * <p>Stateless and thread-safe.
 */
public final class Gsm7Alphabet {

    /** The escape to the extension table. */
    public static final int ESCAPE = 0x1B;

    /** TS 23.038 §6.2.1, code 0x00 to 0x7F; 0x1B (escape) holds a placeholder that never matches a character. */
    private static final String BASIC = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞ\uFFFFÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?"
            + "¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

    /** TS 23.038 §6.2.1.1: the extension table's characters and their codes after the escape. */
    private static final String EXTENDED_CHARS = "\f^{}\\[~]|€";
    private static final int[] EXTENDED_CODES = {0x0A, 0x14, 0x28, 0x29, 0x2F, 0x3C, 0x3D, 0x3E, 0x40, 0x65};

    private static final Map<Character, Integer> BASIC_CODES = new HashMap<>();
    private static final Map<Character, Integer> EXTENDED = new HashMap<>();
    private static final char[] EXTENDED_BY_CODE = new char[128];

    static {
        if (BASIC.length() != 128) {
            throw new ExceptionInInitializerError("GSM 7 bit basic table has " + BASIC.length() + " characters");
        }
        for (int code = 0; code < 128; code++) {
            if (code != ESCAPE) {
                BASIC_CODES.put(BASIC.charAt(code), code);
            }
        }
        for (int i = 0; i < EXTENDED_CODES.length; i++) {
            EXTENDED.put(EXTENDED_CHARS.charAt(i), EXTENDED_CODES[i]);
            EXTENDED_BY_CODE[EXTENDED_CODES[i]] = EXTENDED_CHARS.charAt(i);
        }
    }

    private Gsm7Alphabet() {
    }

    /** @return whether every character of {@code text} is in the default alphabet or its extension table */
    public static boolean canEncode(CharSequence text) {
        return septetCount(text) >= 0;
    }

    /** @return how many septets {@code text} takes (extension characters count two), or −1 if it cannot be encoded */
    public static int septetCount(CharSequence text) {
        int septets = 0;
        for (int i = 0; i < text.length(); i++) {
            int cost = septetsOf(text.charAt(i));
            if (cost < 0) {
                return -1;
            }
            septets += cost;
        }
        return septets;
    }

    /** @return 1 for a basic character, 2 for an extension character, −1 for one the alphabet lacks */
    public static int septetsOf(char c) {
        if (BASIC_CODES.containsKey(c)) {
            return 1;
        }
        return EXTENDED.containsKey(c) ? 2 : -1;
    }

    /**
     * @return the septets of {@code text}, extension characters as escape + code
     * @throws IllegalArgumentException naming the first character the alphabet lacks (check {@link #canEncode})
     */
    public static int[] encode(CharSequence text) {
        int count = septetCount(text);
        if (count < 0) {
            throw new IllegalArgumentException("text is not in the GSM 7 bit default alphabet: " + firstForeign(text));
        }
        int[] septets = new int[count];
        int at = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            Integer basic = BASIC_CODES.get(c);
            if (basic != null) {
                septets[at++] = basic;
            } else {
                septets[at++] = ESCAPE;
                septets[at++] = EXTENDED.get(c);
            }
        }
        return septets;
    }

    /**
     * Decodes septets to text. An escape followed by a code the extension table does not define stands for the basic
     * table's character (TS 23.038 §6.2.1.1: "the MS shall display … the character shown in the main … table"); two
     * escapes (the reserved second extension) stand for a space, as the same clause says.
     *
     * @throws GsmDecodingException when the text ends with an escape
     */
    public static String decode(int[] septets) throws GsmDecodingException {
        StringBuilder text = new StringBuilder(septets.length);
        for (int i = 0; i < septets.length; i++) {
            int code = septets[i] & 0x7F;
            if (code != ESCAPE) {
                text.append(BASIC.charAt(code));
                continue;
            }
            if (++i == septets.length) {
                throw new GsmDecodingException("TP-UD", "a septet after the escape 0x1B", "the end of the text");
            }
            int extended = septets[i] & 0x7F;
            if (extended == ESCAPE) {
                text.append(' ');
            } else if (EXTENDED_BY_CODE[extended] != 0) {
                text.append(EXTENDED_BY_CODE[extended]);
            } else {
                text.append(BASIC.charAt(extended));
            }
        }
        return text.toString();
    }

    private static String firstForeign(CharSequence text) {
        for (int i = 0; i < text.length(); i++) {
            if (septetsOf(text.charAt(i)) < 0) {
                return "'" + text.charAt(i) + "' (U+" + String.format("%04X", (int) text.charAt(i)) + ") at " + i;
            }
        }
        return "none";
    }
}
