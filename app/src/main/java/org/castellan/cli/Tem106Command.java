package org.castellan.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.meter.FlashSize;
import org.castellan.tem106.meter.SystemType;
import org.castellan.tem106.tool.EmulatorOptions;
import org.castellan.tem106.tool.OutputFormat;
import org.castellan.tem106.tool.Report;
import org.castellan.tem106.tool.Reports;
import org.castellan.tem106.tool.RunningEmulator;
import org.castellan.tem106.tool.Tem106Tool;
import org.castellan.tem106.tool.ToolException;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code castellan tem106}: talks to a TEM-106 heat meter directly — over TCP (a meter behind a converter or a
 * modem's poller port) or a serial line — or runs a virtual one. Unlike the administration tools it needs no
 * server. A failure prints one line and exits {@value ExitCodes#REFUSED} (the meter or link refused or failed) or
 * {@value ExitCodes#USAGE} (a wrong command line).
 */
@Command(name = "tem106", mixinStandardHelpOptions = true,
        description = "Read a TEM-106 heat meter over TCP or a serial line, or run a virtual one.",
        subcommands = {Tem106Command.Identify.class, Tem106Command.Config.class, Tem106Command.Current.class,
                Tem106Command.Archive.class, Tem106Command.Emulate.class})
final class Tem106Command {

    /** What every reading subcommand shares: where the meter is, and how to print what it said. */
    abstract static class Reading implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--url", required = true, paramLabel = "URL",
                description = "tcp://host:port or serial:/dev/ttyUSB0?baud=9600 (9600–57600, 8N1).")
        String url;

        @Option(names = "--address", defaultValue = "1", paramLabel = "N",
                description = "Network address of the meter, 1–255; 0 asks the only meter on a line (default: 1).")
        int address;

        @Option(names = "--format", defaultValue = "table", paramLabel = "FORMAT",
                description = "table (default), json or csv.")
        String format;

        abstract Report read(Tem106Tool tool) throws ToolException;

        @Override
        public Integer call() {
            PrintWriter out = spec.commandLine().getOut();
            try {
                OutputFormat output = OutputFormat.parse(format);
                out.print(output.write(read(new Tem106Tool())));
                out.flush();
                return ExitCodes.OK;
            } catch (ToolException e) {
                spec.commandLine().getErr().println("castellan tem106: " + e.getMessage());
                spec.commandLine().getErr().flush();
                return ExitCodes.REFUSED;
            }
        }
    }

    @Command(name = "identify", mixinStandardHelpOptions = true, description = "Ask the meter what it is.")
    static final class Identify extends Reading {
        @Override
        Report read(Tem106Tool tool) throws ToolException {
            return Reports.identity(tool.identify(url, address));
        }
    }

    @Command(name = "config", mixinStandardHelpOptions = true,
            description = "Read the configuration: systems, channels, Gmax, pipe diameters, flash size.")
    static final class Config extends Reading {
        @Override
        Report read(Tem106Tool tool) throws ToolException {
            return Reports.configuration(tool.configuration(url, address));
        }
    }

    @Command(name = "current", mixinStandardHelpOptions = true,
            description = "Read current values: clock, temperatures, pressures, flows, integrators.")
    static final class Current extends Reading {
        @Override
        Report read(Tem106Tool tool) throws ToolException {
            return Reports.current(tool.current(url, address));
        }
    }

    @Command(name = "archive", mixinStandardHelpOptions = true,
            description = "Read hourly, daily or monthly archive records, by period or the newest N.")
    static final class Archive extends Reading {
        @Option(names = "--kind", required = true, paramLabel = "KIND", description = "hourly, daily or monthly.")
        ArchiveKind kind;

        @ArgGroup(exclusive = true, multiplicity = "1")
        Range range;

        static final class Range {
            @Option(names = "--last", paramLabel = "N", description = "The newest N records.")
            Integer last;

            @ArgGroup(exclusive = false)
            Period period;
        }

        static final class Period {
            @Option(names = "--from", required = true, paramLabel = "TIME",
                    description = "Meter's local time, e.g. 2026-11-01T00:00.")
            LocalDateTime from;

            @Option(names = "--to", required = true, paramLabel = "TIME", description = "Meter's local time (exclusive).")
            LocalDateTime to;
        }

        @Override
        Report read(Tem106Tool tool) throws ToolException {
            var records = range.last != null
                    ? tool.latest(url, address, kind, range.last)
                    : tool.archive(url, address, kind, range.period.from, range.period.to);
            return Reports.archive(kind, records);
        }
    }

    @Command(name = "emulate", mixinStandardHelpOptions = true,
            description = "Run a virtual TEM-106 meter on a TCP port (and a pseudo-terminal) until Ctrl-C.")
    static final class Emulate implements Callable<Integer> {
        @Spec
        CommandSpec spec;

        @Option(names = "--port", defaultValue = "4106", paramLabel = "P", description = "TCP port (default: 4106).")
        int port;

        @Option(names = "--fast", description = "One simulated hour per second (archives fill quickly).")
        boolean fast;

        @Option(names = "--pty", description = "Also serve on a pseudo-terminal, like a meter on /dev/ttyUSB0.")
        boolean pty;

        @Option(names = "--address", defaultValue = "1", paramLabel = "N", description = "Network address (default: 1).")
        int address;

        @Option(names = "--serial", defaultValue = "106001", paramLabel = "N", description = "Factory number.")
        long serial;

        @Option(names = "--flash", defaultValue = "KB_512", paramLabel = "SIZE", description = "KB_512 or MB_1.")
        FlashSize flash;

        @Option(names = "--system", split = ",", paramLabel = "TYPE",
                description = "System types, 1–6, e.g. SUPPLY_WITH_FLOW_METER,HOT_WATER_CIRCULATING.")
        List<SystemType> systems;

        @Override
        public Integer call() throws InterruptedException {
            EmulatorOptions defaults = EmulatorOptions.defaults();
            EmulatorOptions options = new EmulatorOptions(port, fast, pty, address, serial, flash,
                    systems == null || systems.isEmpty() ? defaults.systems() : systems);
            RunningEmulator emulator;
            try {
                emulator = new Tem106Tool().emulate(options, Clock.systemDefaultZone());
            } catch (ToolException e) {
                spec.commandLine().getErr().println("castellan tem106: " + e.getMessage());
                return ExitCodes.REFUSED;
            }
            spec.commandLine().getOut().println(emulator.describe() + " — stop with Ctrl-C");
            spec.commandLine().getOut().flush();
            CountDownLatch stopped = new CountDownLatch(1);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    emulator.close();
                } catch (Exception e) {
                    System.err.println("castellan tem106: emulator did not stop cleanly: " + e.getMessage());
                }
                stopped.countDown();
            }, "tem106-emulator-stop"));
            stopped.await();
            return ExitCodes.OK;
        }
    }
}
