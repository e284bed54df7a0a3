package org.castellan.tem106.testing;

import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * Property tests over seeded random cases: each property runs thousands of generated inputs, the same ones on every
 * run (seed {@link #DEFAULT_SEED}; {@code -Dtem106.seed=N} explores others). A failing case fails the test with the
 * seed, the case number and the input in the message, so that it replays.
 *
 * <p>The generators lean towards edge values (the ends of every range, empty and full sizes, 00 and FF bytes,
 * NaN and infinities where a float may hold them) about one draw in eight, as a property-testing library would.
 */
public final class RandomCases {
    /** The seed every build uses. */
    public static final long DEFAULT_SEED = 0x7E106_2026L;

    private RandomCases() {
    }

    /** A property of one generated value; may throw anything, which fails the case. */
    @FunctionalInterface
    public interface Property<T> {
        void check(T value) throws Exception;
    }

    /** The seed of this run: {@code -Dtem106.seed} or {@link #DEFAULT_SEED}. */
    public static long seed() {
        return Long.getLong("tem106.seed", DEFAULT_SEED);
    }

    /**
     * Checks {@code property} on {@code count} values drawn by {@code generator}.
     *
     * @throws AssertionError for the first case that fails, naming the seed, the case and the value
     */
    public static <T> void check(int count, Function<SplittableRandom, T> generator, Property<? super T> property) {
        long seed = seed();
        SplittableRandom random = new SplittableRandom(seed);
        for (int i = 0; i < count; i++) {
            T value = generator.apply(random);
            try {
                property.check(value);
            } catch (Exception | AssertionError failure) {
                throw new AssertionError(String.format("case %d of %d failed (seed %d, replay with -Dtem106.seed=%d)"
                        + "%n  input: %s%n  failure: %s", i + 1, count, seed, seed, describe(value), failure), failure);
            }
        }
    }

    /** Values as a failure message shows them: byte arrays in hex, the parts of arrays and lists one by one. */
    public static String describe(Object value) {
        return switch (value) {
            case null -> "null";
            case byte[] bytes -> bytes.length + " bytes " + HexFormat.ofDelimiter(" ").formatHex(bytes);
            case Object[] array -> Arrays.stream(array).map(RandomCases::describe).toList().toString();
            case List<?> list -> list.stream().map(RandomCases::describe).toList().toString();
            default -> value.toString();
        };
    }

    /** An int in {@code min..max}, one draw in eight an edge: min, max, min + 1 or max - 1. */
    public static int between(SplittableRandom random, int min, int max) {
        return (int) between(random, (long) min, max);
    }

    /** A long in {@code min..max}, one draw in eight an edge: min, max, min + 1 or max - 1. */
    public static long between(SplittableRandom random, long min, long max) {
        if (random.nextInt(8) == 0) {
            long edge = switch (random.nextInt(4)) {
                case 0 -> min;
                case 1 -> max;
                case 2 -> min + 1;
                default -> max - 1;
            };
            return Math.max(min, Math.min(max, edge));
        }
        return random.nextLong(min, max + 1);
    }

    /** One of {@code values}. */
    @SafeVarargs
    public static <T> T oneOf(SplittableRandom random, T... values) {
        return values[random.nextInt(values.length)];
    }

    /** {@code size} bytes: usually uniform, sometimes all 00, all FF, one repeated value or few distinct values. */
    public static byte[] bytes(SplittableRandom random, int size) {
        byte[] bytes = new byte[size];
        switch (random.nextInt(12)) {
            case 0 -> Arrays.fill(bytes, (byte) 0);
            case 1 -> Arrays.fill(bytes, (byte) 0xFF);
            case 2 -> Arrays.fill(bytes, (byte) random.nextInt(256));
            case 3 -> {
                byte[] few = {0, (byte) 0xFF, (byte) random.nextInt(256)};
                for (int i = 0; i < size; i++) {
                    bytes[i] = few[random.nextInt(few.length)];
                }
            }
            default -> random.nextBytes(bytes);
        }
        return bytes;
    }

    /** Between {@code min} and {@code max} bytes (edge sizes one draw in eight). */
    public static byte[] bytes(SplittableRandom random, int min, int max) {
        return bytes(random, between(random, min, max));
    }

    /** Any float bit pattern, NaN and infinities included; edges and small decimals often. */
    public static float anyFloat(SplittableRandom random) {
        return switch (random.nextInt(8)) {
            case 0 -> oneOf(random, 0f, -0f, Float.NaN, Float.POSITIVE_INFINITY, Float.NEGATIVE_INFINITY,
                    Float.MIN_VALUE, Float.MAX_VALUE, -Float.MAX_VALUE, Float.intBitsToFloat(0x7F80_0001));
            case 1, 2 -> decimal(random);
            default -> Float.intBitsToFloat(random.nextInt());
        };
    }

    /** Any finite float; edges and small decimals often. */
    public static float finiteFloat(SplittableRandom random) {
        float value;
        do {
            value = anyFloat(random);
        } while (!Float.isFinite(value));
        return value;
    }

    /** A float in {@code [0, 1]} with at most {@code scale} decimals, as a meter's fractional part often is. */
    public static float fraction(SplittableRandom random, int scale) {
        long unit = (long) Math.pow(10, scale);
        return (float) (between(random, 0, unit) / (double) unit);
    }

    /** A float in {@code [min, max]} (ends one draw in eight). */
    public static float floatBetween(SplittableRandom random, float min, float max) {
        if (random.nextInt(8) == 0) {
            return random.nextBoolean() ? min : max;
        }
        return (float) Math.min(max, min + random.nextDouble() * ((double) max - min));
    }

    /** A short decimal such as a person types: -9999.99..9999.99. */
    private static float decimal(SplittableRandom random) {
        return random.nextInt(-999_999, 1_000_000) / 100f;
    }
}
