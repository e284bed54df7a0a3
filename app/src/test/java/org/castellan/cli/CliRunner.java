package org.castellan.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine;

/**
 * Runs {@code castellan …} in-process, as {@code main} would but without exiting, with a given environment and a
 * terminal that answers prompts from a script (or is absent, as on a non-interactive run).
 */
final class CliRunner {
    record Result(int exitCode, String out, String err) {
    }

    private final Map<String, String> variables;
    private final Deque<String> answers;
    private final boolean interactive;

    private CliRunner(Map<String, String> variables, List<String> answers, boolean interactive) {
        this.variables = Map.copyOf(variables);
        this.answers = new ArrayDeque<>(answers);
        this.interactive = interactive;
    }

    /** No environment variables, nobody at a terminal. */
    static CliRunner script() {
        return new CliRunner(Map.of(), List.of(), false);
    }

    static CliRunner script(Map<String, String> variables) {
        return new CliRunner(variables, List.of(), false);
    }

    /** A person at the terminal who gives these answers to the prompts, in order. */
    static CliRunner terminal(String... answers) {
        return new CliRunner(Map.of(), List.of(answers), true);
    }

    Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = Main.commandLine(environment());
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int code = commandLine.execute(args);
        return new Result(code, out.toString(), err.toString());
    }

    /** {@code args} followed by {@code --server URL --user NAME --password PASSWORD}. */
    Result runAs(String server, String user, String password, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of("--server", server, "--user", user, "--password", password));
        return run(all.toArray(String[]::new));
    }

    private Environment environment() {
        return new Environment() {
            @Override
            public String variable(String name) {
                return variables.get(name);
            }

            @Override
            public Optional<char[]> askSecret(String prompt) {
                if (!interactive || answers.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(answers.removeFirst().toCharArray());
            }
        };
    }
}
