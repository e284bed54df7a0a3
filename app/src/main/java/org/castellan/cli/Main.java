package org.castellan.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code castellan.jar}: one executable jar carries every subcommand. */
@Command(name = "castellan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Castellan facility dispatch platform.",
        subcommands = {ServerCommand.class, DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        int code = commandLine().execute(args);
        if (code != 0 || !ServerCommand.RUNNING.get()) {
            System.exit(code);
        }
    }

    /** The command tree; tool subcommands register themselves here. */
    public static CommandLine commandLine() {
        return new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"castellan " + (v == null ? "(development build)" : v)};
        }
    }
}
