package org.castellan.tem106.testing;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The seed corpus of every decoder fuzz test: each {@code *FuzzTest} class names its seeds in a static
 * {@code seeds()} (golden vectors, and truncated, oversize, broken and garbage variants); they live where Jazzer
 * looks for them, {@code src/test/resources/<package>/<Class>Inputs/<method>/<seed name>}, and are replayed by
 * every {@code ./mvnw test}. Jazzer's findings land in the same directory as {@code crash-<sha1>} files.
 *
 * <p>After changing a {@code seeds()}, rewrite the files with
 * {@code java -cp "$(bench/tem106-classpath.sh)" org.castellan.tem106.testing.FuzzSeeds tem106/src/test/resources}
 * (run from the repository root); {@code FuzzSeedsTest} fails while they differ.
 */
public final class FuzzSeeds {
    private FuzzSeeds() {
    }

    /** One fuzz test: its class, its single {@code @FuzzTest} method and its seeds by file name. */
    public record Target(Class<?> testClass, Method method, Map<String, byte[]> seeds) {
        /** The seed directory relative to a resource root: {@code org/castellan/…/<Class>Inputs/<method>}. */
        public String directory() {
            return testClass.getPackageName().replace('.', '/') + "/" + testClass.getSimpleName() + "Inputs/"
                    + method.getName();
        }
    }

    /** Writes every seed under the resource root given as the only argument. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: FuzzSeeds <test resource root, e.g. tem106/src/test/resources>");
            System.exit(2);
        }
        Path root = Path.of(args[0]);
        for (Target target : targets()) {
            Path directory = root.resolve(target.directory());
            Files.createDirectories(directory);
            for (Map.Entry<String, byte[]> seed : target.seeds().entrySet()) {
                Files.write(directory.resolve(seed.getKey()), seed.getValue());
            }
            System.out.printf("%s: %d seeds%n", directory, target.seeds().size());
        }
    }

    /** Every {@code *FuzzTest} class among the compiled test classes, with its fuzz method and seeds. */
    public static List<Target> targets() {
        Path classes = testClassesDirectory();
        try (Stream<Path> files = Files.walk(classes)) {
            return files.map(classes::relativize).map(Path::toString)
                    .filter(name -> name.endsWith("FuzzTest.class") && !name.contains("$"))
                    .sorted()
                    .map(name -> target(name.substring(0, name.length() - ".class".length())
                            .replace(File.separatorChar, '.')))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The directory the test classes were loaded from (not a jar: the fuzz tests run from class files). */
    public static Path testClassesDirectory() {
        try {
            return Path.of(FuzzSeeds.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Target target(String className) {
        try {
            Class<?> testClass = Class.forName(className);
            List<Method> fuzzTests = Arrays.stream(testClass.getDeclaredMethods())
                    .filter(m -> m.isAnnotationPresent(FuzzTest.class)).toList();
            if (fuzzTests.size() != 1) {
                throw new IllegalStateException(className + " has " + fuzzTests.size() + " @FuzzTest methods, not 1:"
                        + " Jazzer fuzzes one per JVM and the build gives each *FuzzTest class one JVM");
            }
            Method seeds = testClass.getDeclaredMethod("seeds");
            seeds.setAccessible(true);
            @SuppressWarnings("unchecked")
            Map<String, byte[]> corpus = (Map<String, byte[]>) seeds.invoke(null);
            return new Target(testClass, fuzzTests.getFirst(), corpus);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException(className + " needs a static seeds() returning Map<String, byte[]>", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(className + ".seeds() failed", e.getCause());
        }
    }
}
