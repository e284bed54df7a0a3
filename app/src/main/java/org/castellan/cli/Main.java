package org.castellan.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of {@code castellan.jar}: one executable jar carries every subcommand. */
@Command(name = "castellan", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
        description = "Castellan facility dispatch platform.",
        footer = {"", "Tool commands talk to a running server (--server, $CASTELLAN_SERVER). Exit codes: 0 done, "
                + "1 refused by the server, 2 server unreachable, 3 server error, 64 wrong command line."},
        subcommands = {ServerCommand.class, DemoCommand.class, GatewayCommand.class,
                OrgsCommand.class, SitesCommand.class, ZonesCommand.class, UsersCommand.class,
                DevicesCommand.class, ModemsCommand.class, TokensCommand.class, AuditCommand.class, WhoamiCommand.class, Tem106Command.class,
                CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Environment environment;

    private Main(Environment environment) {
        this.environment = environment;
    }

    public static void main(String[] args) {
        CommandLine commandLine = commandLine();
        // Names are Cyrillic and Chinese as often as Latin: write UTF-8 whatever the JVM guessed for the console.
        commandLine.setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true));
        commandLine.setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
        int code = commandLine.execute(args);
        if (code != 0 || !ServerCommand.RUNNING.get()) {
            System.exit(code);
        }
    }

    /** The command tree; tool subcommands register themselves here. */
    public static CommandLine commandLine() {
        return commandLine(Environment.system());
    }

    /** The command tree with its environment variables and terminal given (tests). */
    public static CommandLine commandLine(Environment environment) {
        CommandLine commandLine = new CommandLine(new Main(environment)).setCaseInsensitiveEnumValuesAllowed(true);
        CommandLine.IParameterExceptionHandler usage = commandLine.getParameterExceptionHandler();
        commandLine.setParameterExceptionHandler((e, args) -> {
            usage.handleParseException(e, args);
            return ExitCodes.USAGE;
        });
        commandLine.setExecutionExceptionHandler((e, command, parsed) -> {
            if (e instanceof CliException failure) {
                command.getErr().println("castellan: " + failure.getMessage());
                command.getErr().flush();
                return failure.exitCode();
            }
            throw e;
        });
        return commandLine;
    }

    Environment environment() {
        return environment;
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Main.class.getPackage().getImplementationVersion();
            return new String[] {"castellan " + (v == null ? "(development build)" : v)};
        }
    }
}
