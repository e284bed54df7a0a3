package org.castellan.gsm;

import java.util.SplittableRandom;

/**
 * Checks a property on thousands of generated cases: the round trips and model properties that need structured values
 * rather than raw bytes (the decoders themselves are fuzzed with Jazzer, see the {@code *FuzzTest} classes).
 *
 * <p>Deterministic: case {@code i} of a property is generated from a seed derived from a fixed base seed, so every
 * build checks the same cases. A failure names the case's seed; rerun just that case with
 * {@code -Dgsm.cases.seed=<seed>} (and {@code -Dtest=Class#method}). {@code -Dgsm.cases.base=<long>} draws a different
 * set of cases, to look further without changing the code.
 */
public final class RandomCases {

    /** One case: throws (an assertion error, or anything unexpected) when the property does not hold. */
    @FunctionalInterface
    public interface Check {
        void check(Gen gen) throws Exception;
    }

    private static final long BASE_SEED = 0x65_4D_C0DE_5A5AL;

    private RandomCases() {
    }

    /**
     * Checks {@code check} on {@code count} cases.
     *
     * @throws AssertionError naming the failing case's seed, with the failure as its cause
     */
    public static void check(int count, Check check) {
        String single = System.getProperty("gsm.cases.seed");
        if (single != null) {
            run(Long.decode(single), "the case given by -Dgsm.cases.seed", check);
            return;
        }
        SplittableRandom seeds = new SplittableRandom(Long.getLong("gsm.cases.base", BASE_SEED));
        for (int i = 0; i < count; i++) {
            run(seeds.nextLong(), "case " + (i + 1) + " of " + count, check);
        }
    }

    private static void run(long seed, String which, Check check) {
        Gen gen = new Gen(new SplittableRandom(seed));
        try {
            check.check(gen);
        } catch (Throwable failure) {
            throw new AssertionError(which + " failed; rerun it with -Dgsm.cases.seed=" + seed + "\ngenerated:\n"
                    + gen.drawn(), failure);
        }
    }
}
