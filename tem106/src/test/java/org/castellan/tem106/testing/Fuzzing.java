package org.castellan.tem106.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import org.castellan.tem106.codec.Checksum;
import org.castellan.tem106.codec.DecodingException;

/**
 * What the decoder fuzz tests ({@code *FuzzTest}, Jazzer's {@code @FuzzTest}) share.
 *
 * <p>Each fuzz test class holds exactly one {@code @FuzzTest} (Jazzer fuzzes one per JVM; the build gives each class
 * its own) and a static {@code check} that the seeded property tests call too. Its seeds are under
 * {@code src/test/resources/<package>/<Class>Inputs/<method>/}, written by {@link FuzzSeeds}.
 */
public final class Fuzzing {
    /**
     * How long one fuzz test fuzzes when started by hand with {@code JAZZER_FUZZ=1}; the build's fuzz run sets
     * {@code JAZZER_MAX_DURATION} from {@code -Dtem106.fuzz.duration}, which overrides it.
     */
    public static final String MAX_DURATION = "10s";

    private Fuzzing() {
    }

    /** The only failure a decoder may report: a {@link DecodingException} naming field, expectation and finding. */
    public static void assertTypedDecodingError(DecodingException error) {
        assertThat(error.field()).as("field of %s", error).isNotBlank();
        assertThat(error.expected()).as("expected of %s", error).isNotBlank();
        assertThat(error.found()).as("found of %s", error).isNotNull();
        assertThat(error.getMessage()).contains(error.field()).contains("expected");
    }

    /**
     * A golden input and what a line or a careless writer does to it: {@code name} as it is, {@code -truncated} one
     * byte short, {@code -half} cut in half, {@code -oversize} one 00 byte too long, {@code -twice} repeated,
     * {@code -flipped} with bit 0 of its last byte flipped.
     */
    public static Map<String, byte[]> variants(String name, byte[] golden) {
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        seeds.put(name, golden.clone());
        seeds.put(name + "-truncated", Arrays.copyOf(golden, Math.max(0, golden.length - 1)));
        seeds.put(name + "-half", Arrays.copyOf(golden, golden.length / 2));
        seeds.put(name + "-oversize", Arrays.copyOf(golden, golden.length + 1));
        seeds.put(name + "-twice", concat(golden, golden));
        byte[] flipped = golden.clone();
        if (flipped.length > 0) {
            flipped[flipped.length - 1] ^= 1;
        }
        seeds.put(name + "-flipped", flipped);
        return seeds;
    }

    /** {@code size} bytes of noise, the same for the same {@code seed}. */
    public static byte[] garbage(long seed, int size) {
        byte[] bytes = new byte[size];
        new SplittableRandom(seed).nextBytes(bytes);
        return bytes;
    }

    /** The arrays one after another. */
    public static byte[] concat(byte[]... parts) {
        int size = 0;
        for (byte[] part : parts) {
            size += part.length;
        }
        byte[] all = new byte[size];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }

    /**
     * The frame in a fuzz input of the form control byte + frame: with bit 0 of the control byte set, the frame
     * {@link #sealed(byte[]) sealed} with its right checksum.
     */
    public static byte[] frame(byte[] input) {
        if (input.length == 0) {
            return input;
        }
        byte[] frame = Arrays.copyOfRange(input, 1, input.length);
        return (input[0] & 1) != 0 ? sealed(frame) : frame;
    }

    /** The frame with its last byte set to the checksum of the bytes before it, as a sender would. */
    public static byte[] sealed(byte[] frame) {
        byte[] copy = frame.clone();
        if (copy.length > 0) {
            copy[copy.length - 1] = (byte) Checksum.of(copy, 0, copy.length - 1);
        }
        return copy;
    }

    /** Whether a seed keeps its checksum as it is: a flipped one and garbage, so that checksum errors are seeded. */
    public static boolean keepsChecksum(String seedName) {
        return seedName.endsWith("-flipped") || seedName.equals("garbage");
    }

    /** Frames as fuzz inputs of the form control byte + frame, sealed unless {@link #keepsChecksum(String)}. */
    public static Map<String, byte[]> frameInputs(Map<String, byte[]> frames) {
        Map<String, byte[]> inputs = new LinkedHashMap<>();
        frames.forEach((name, frame) -> inputs.put(name,
                concat(new byte[] {(byte) (keepsChecksum(name) ? 0 : 1)}, frame)));
        return inputs;
    }
}
