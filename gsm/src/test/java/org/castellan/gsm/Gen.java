package org.castellan.gsm;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Draws the values of one {@link RandomCases} case. Biased towards edges the way property-test generators are: sizes
 * and numbers hit their bounds, and bytes take the values 0, 1, −1, 127 and −128, more often than uniform drawing
 * would. Not thread-safe.
 */
public final class Gen {

    private static final byte[] EDGE_BYTES = {0, 1, -1, 127, -128};

    private final SplittableRandom random;
    private final List<String> shown = new ArrayList<>();

    Gen(SplittableRandom random) {
        this.random = random;
    }

    /** @return {@code min}–{@code max} inclusive; each bound with probability 1/16 */
    public int between(int min, int max) {
        return (int) between((long) min, max);
    }

    /** @return {@code min}–{@code max} inclusive; each bound with probability 1/16 */
    public long between(long min, long max) {
        int edge = random.nextInt(16);
        if (edge == 0) {
            return min;
        }
        if (edge == 1) {
            return max;
        }
        return random.nextLong(min, max + 1);
    }

    /** @return a fair coin */
    public boolean bool() {
        return random.nextBoolean();
    }

    /** @return one of the values, uniformly */
    @SafeVarargs
    public final <T> T oneOf(T... values) {
        return values[random.nextInt(values.length)];
    }

    /** @return a byte; one of the edge bytes with probability 1/8 */
    public byte anyByte() {
        return random.nextInt(8) == 0 ? EDGE_BYTES[random.nextInt(EDGE_BYTES.length)] : (byte) random.nextInt(256);
    }

    /** @return 0–{@code maxLength} bytes from {@link #anyByte()} */
    public byte[] bytes(int maxLength) {
        byte[] out = new byte[between(0, maxLength)];
        for (int i = 0; i < out.length; i++) {
            out[i] = anyByte();
        }
        return out;
    }

    /** @return 0–{@code maxLength} bytes from {@link #anyByte()}, none equal to {@code excluded} */
    public byte[] bytesWithout(byte excluded, int maxLength) {
        byte[] out = new byte[between(0, maxLength)];
        for (int i = 0; i < out.length; i++) {
            do {
                out[i] = anyByte();
            } while (out[i] == excluded);
        }
        return out;
    }

    /** @return {@code minLength}–{@code maxLength} characters, each drawn uniformly from {@code alphabet} */
    public String string(String alphabet, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }

    /** @return {@code minLength}–{@code maxLength} code points, each drawn uniformly from {@code codePoints} */
    public String codePoints(int[] codePoints, int minLength, int maxLength) {
        int length = between(minLength, maxLength);
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.appendCodePoint(codePoints[random.nextInt(codePoints.length)]);
        }
        return out.toString();
    }

    /** @return every character from {@code first} to {@code last}, as an alphabet for {@link #string} */
    public static String range(char first, char last) {
        StringBuilder out = new StringBuilder();
        for (char c = first; c <= last; c++) {
            out.append(c);
        }
        return out.toString();
    }

    /** @return {@code minSize}–{@code maxSize} elements, each drawn by {@code element} */
    public <T> List<T> list(int minSize, int maxSize, Function<Gen, T> element) {
        int size = between(minSize, maxSize);
        List<T> out = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            out.add(element.apply(this));
        }
        return out;
    }

    /** @return 0–{@code maxCount} positions 0–{@code maxPosition}, ascending (a cut list, as a socket might cut) */
    public int[] cuts(int maxCount, int maxPosition) {
        int[] out = new int[between(0, maxCount)];
        for (int i = 0; i < out.length; i++) {
            out[i] = between(0, maxPosition);
        }
        Arrays.sort(out);
        return out;
    }

    /** Records a drawn value for the failure report of {@link RandomCases}; returns it unchanged. */
    public <T> T show(String name, T value) {
        String text = switch (value) {
            case byte[] b -> Hex.spaced(b);
            case int[] a -> Arrays.toString(a);
            case null -> "null";
            default -> value.toString();
        };
        shown.add(name + " = " + text);
        return value;
    }

    /** @return the values recorded with {@link #show}, one per line */
    String drawn() {
        return String.join("\n", shown);
    }
}
