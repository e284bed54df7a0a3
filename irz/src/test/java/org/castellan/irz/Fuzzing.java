package org.castellan.irz;

/**
 * How long {@code ./mvnw verify} fuzzes each decoder.
 *
 * <p>The {@code fuzz} execution in {@code irz/pom.xml} runs every {@code *FuzzTest} class in its own JVM with
 * {@code JAZZER_FUZZ=1} (Jazzer fuzzes one {@code @FuzzTest} per JVM, so each class holds exactly one; see
 * {@code FuzzCorpusTest}). Each JVM costs a few seconds to start and instrument on top of this budget; keep the
 * module's total fuzzing time around 90 s on a 2-core machine. {@code bench/irz-fuzz.sh} fuzzes longer by setting
 * {@code JAZZER_MAX_DURATION}, which overrides this value.
 */
public final class Fuzzing {

    /** The {@code @FuzzTest(maxDuration)} of every irz fuzz test. */
    public static final String VERIFY_DURATION = "8s";

    private Fuzzing() {
    }
}
