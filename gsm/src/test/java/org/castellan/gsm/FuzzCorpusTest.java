package org.castellan.gsm;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SequencedMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the fuzz execution in {@code gsm/pom.xml} relies on, and the committed seed corpus.
 *
 * <p>Jazzer fuzzes only the first {@code @FuzzTest} of a JVM and skips the others, so the pom runs each
 * {@code *FuzzTest} class in a JVM of its own and every such class must hold exactly one fuzz test — a second one would
 * silently never be fuzzed.
 *
 * <p>Seeds: each fuzz test class has a {@code static SequencedMap<String, byte[]> seeds()} naming its seeds
 * ({@code seed-…}), built from the golden vectors with {@link FuzzInput.Seed}. They are committed where Jazzer looks
 * for them, {@code src/test/resources/<package>/<Class>Inputs/<method>/}: replayed as regression tests by every
 * {@code ./mvnw test}, and the starting corpus when fuzzing. Findings ({@code crash-…}) land in the same directory.
 * After changing a {@code seeds()} method, rewrite the files with
 * {@code ./mvnw -pl gsm test -Dtest=FuzzCorpusTest -Dgsm.fuzz.writeSeeds=true}.
 */
class FuzzCorpusTest {

    private static final String WRITE_SEEDS = "gsm.fuzz.writeSeeds";
    private static final String SEED_PREFIX = "seed-";

    @Test
    void everyFuzzTestClassHoldsExactlyOneFuzzTest() {
        List<Class<?>> classes = fuzzTestClasses();
        assertThat(classes).isNotEmpty();
        for (Class<?> c : classes) {
            assertThat(fuzzTests(c)).as("@FuzzTest methods of %s", c.getName()).hasSize(1);
        }
    }

    @Test
    void committedSeedsAreWhatTheFuzzTestsGenerate() throws IOException {
        for (Class<?> c : fuzzTestClasses()) {
            SequencedMap<String, byte[]> seeds = seeds(c);
            assertThat(seeds).as("seeds of %s", c.getName()).isNotEmpty();
            assertThat(seeds.keySet()).as("seed names of %s", c.getName()).allMatch(n -> n.startsWith(SEED_PREFIX));
            String method = fuzzTests(c).getFirst().getName();
            if (Boolean.getBoolean(WRITE_SEEDS)) {
                write(sourceDirectory(c, method), seeds);
            } else {
                assertCommitted(c, method, seeds);
            }
        }
    }

    private static void assertCommitted(Class<?> c, String method, Map<String, byte[]> seeds) throws IOException {
        String hint = " (rewrite with ./mvnw -pl gsm test -Dtest=FuzzCorpusTest -D" + WRITE_SEEDS + "=true)";
        URL url = c.getResource(c.getSimpleName() + "Inputs/" + method);
        assertThat(url).as("seed directory of %s#%s%s", c.getSimpleName(), method, hint).isNotNull();
        Path dir = path(url);
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Path file = dir.resolve(seed.getKey());
            assertThat(file).as("%s%s", file, hint).exists();
            assertThat(Files.readAllBytes(file)).as("%s%s", file, hint).isEqualTo(seed.getValue());
        }
        try (Stream<Path> files = Files.list(dir)) {
            assertThat(files.map(f -> f.getFileName().toString()).filter(n -> n.startsWith(SEED_PREFIX)))
                    .as("seed files in %s that %s no longer generates%s", dir, c.getSimpleName(), hint)
                    .allMatch(seeds::containsKey);
        }
    }

    private static void write(Path dir, Map<String, byte[]> seeds) throws IOException {
        Files.createDirectories(dir);
        try (Stream<Path> files = Files.list(dir)) {
            for (Path stale : files.filter(f -> f.getFileName().toString().startsWith(SEED_PREFIX))
                    .filter(f -> !seeds.containsKey(f.getFileName().toString())).toList()) {
                Files.delete(stale);
            }
        }
        for (Map.Entry<String, byte[]> seed : seeds.entrySet()) {
            Files.write(dir.resolve(seed.getKey()), seed.getValue());
        }
        System.out.println("wrote " + seeds.size() + " seeds to " + dir);
    }

    /** Where Jazzer looks for the inputs in the source tree; surefire runs in the module directory. */
    private static Path sourceDirectory(Class<?> c, String method) {
        return Paths.get("src", "test", "resources").resolve(c.getPackageName().replace('.', '/'))
                .resolve(c.getSimpleName() + "Inputs").resolve(method);
    }

    private static List<Method> fuzzTests(Class<?> c) {
        return Arrays.stream(c.getDeclaredMethods()).filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
    }

    @SuppressWarnings("unchecked")
    private static SequencedMap<String, byte[]> seeds(Class<?> c) {
        try {
            Method seeds = c.getDeclaredMethod("seeds");
            assertThat(Modifier.isStatic(seeds.getModifiers())).as("%s.seeds() is static", c.getName()).isTrue();
            seeds.setAccessible(true);
            return (SequencedMap<String, byte[]>) seeds.invoke(null);
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(c.getName() + ": expected a static SequencedMap<String, byte[]> seeds()", e);
        }
    }

    /** @return every {@code *FuzzTest} class compiled next to this one */
    private static List<Class<?>> fuzzTestClasses() {
        try {
            Path root = path(FuzzCorpusTest.class.getProtectionDomain().getCodeSource().getLocation());
            List<Class<?>> classes = new ArrayList<>();
            try (Stream<Path> files = Files.walk(root)) {
                for (Path file : files.filter(f -> f.getFileName().toString().endsWith("FuzzTest.class")).toList()) {
                    String relative = root.relativize(file).toString();
                    String name = relative.substring(0, relative.length() - ".class".length())
                            .replace(file.getFileSystem().getSeparator(), ".");
                    classes.add(Class.forName(name));
                }
            }
            return classes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }

    private static Path path(URL url) {
        try {
            return Paths.get(url.toURI());
        } catch (URISyntaxException e) {
            throw new AssertionError(e);
        }
    }
}
