package org.castellan.cli;

import java.io.PrintWriter;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;
import tools.jackson.databind.JsonNode;

/**
 * Base of every tool command that talks to a running server: it brings the {@link ClientOptions}, connects, runs
 * {@link #run(ApiClient)} and prints in the chosen {@link Output}. A new command only says what to call and what
 * to show; failures are {@link CliException}s that {@link Main} turns into a message and an exit code.
 */
abstract class ApiCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Mixin
    ClientOptions client;

    @Override
    public final Integer call() {
        run(client.connect(environment()));
        return ExitCodes.OK;
    }

    protected abstract void run(ApiClient api);

    /** The environment {@link Main} was built with; the real one when the command runs outside the tree. */
    protected Environment environment() {
        return spec.root().userObject() instanceof Main main ? main.environment() : Environment.system();
    }

    protected PrintWriter out() {
        return spec.commandLine().getOut();
    }

    protected boolean json() {
        return client.output == Output.JSON;
    }

    /** A collection: the JSON as is, or the table. */
    protected void printList(JsonNode rows, Table table) {
        if (json()) {
            printJson(rows);
        } else {
            table.print(rows, out());
        }
    }

    /** One entity: the JSON as is, or one "field  value" line per field. */
    protected void printOne(JsonNode entity) {
        if (json()) {
            printJson(entity);
        } else {
            Table.printRecord(entity, out());
        }
    }

    /** A change that answers nothing (a delete): a sentence for people, a small object for scripts. */
    protected void printDone(String what, long id, String done) {
        if (json()) {
            printJson(ApiClient.JSON.valueToTree(Map.of("id", id, done, true)));
        } else {
            out().println(capitalized(done) + " " + what + " " + id + ".");
            out().flush();
        }
    }

    protected void printJson(JsonNode node) {
        out().println(node.toPrettyString());
        out().flush();
    }

    private static String capitalized(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }
}
