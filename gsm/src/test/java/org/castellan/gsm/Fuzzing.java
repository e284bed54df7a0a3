package org.castellan.gsm;

/**
 * How long {@code ./mvnw verify} fuzzes each decoder.
 *
 * <p>The {@code fuzz} execution in {@code gsm/pom.xml} runs every {@code *FuzzTest} class in its own JVM with
 * {@code JAZZER_FUZZ=1} (Jazzer fuzzes one {@code @FuzzTest} per JVM, so each class holds exactly one; see
 * {@code FuzzCorpusTest}). Each JVM costs a few seconds to start and instrument on top of this budget. Set
 * {@code JAZZER_MAX_DURATION} to fuzz longer; it overrides this value.
 */
public final class Fuzzing {

    /** The {@code @FuzzTest(maxDuration)} of every gsm fuzz test. */
    public static final String VERIFY_DURATION = "6s";

    private Fuzzing() {
    }
}
