package org.castellan.cli;

import java.io.Console;
import java.util.Arrays;
import java.util.Optional;

/**
 * What the tools take from outside their command line: environment variables and the person at the terminal.
 * {@link #system()} is the real one; tests pass their own so that they neither depend on nor change the
 * environment of the build.
 */
public interface Environment {

    /** An environment variable; null when unset. */
    String variable(String name);

    /**
     * Asks the person at the terminal for a secret without echoing it.
     *
     * @return empty on a non-interactive run (a script, a pipe, a service), where nobody can answer
     */
    Optional<char[]> askSecret(String prompt);

    /** A variable that is set and not blank. */
    default Optional<String> nonBlank(String name) {
        return Optional.ofNullable(variable(name)).filter(v -> !v.isBlank());
    }

    static Environment system() {
        return new Environment() {
            @Override
            public String variable(String name) {
                return System.getenv(name);
            }

            @Override
            public Optional<char[]> askSecret(String prompt) {
                Console console = System.console();
                if (!isTerminal(console)) {
                    return Optional.empty();
                }
                return Optional.ofNullable(console.readPassword("%s", prompt));
            }
        };
    }

    /**
     * Since JDK 22 {@link System#console()} returns a console even when the streams are redirected, and only
     * {@code Console.isTerminal()} (22+) says whether a person is there. We compile for 21, hence reflection.
     */
    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            return (boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true; // JDK 21: a console exists only when attached to a terminal
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** Overwrites a secret that is no longer needed. */
    static void wipe(char[] secret) {
        if (secret != null) {
            Arrays.fill(secret, '\0');
        }
    }
}
