package org.castellan.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ScopeType;

/** {@code castellan modems …}: the modem registry, commands and wake-up, import and export. */
@Command(name = "modems", description = "GPRS modems: list, show, import, export, command, wake.",
        mixinStandardHelpOptions = true, scope = ScopeType.INHERIT,
        subcommands = {ModemsCommand.Listing.class, ModemsCommand.Show.class, ModemsCommand.Import.class,
                ModemsCommand.Export.class, ModemsCommand.Send.class, ModemsCommand.Wake.class})
final class ModemsCommand {
    static final String PATH = "/api/v1/modems";
    /** The import's answer when a row is wrong: the report, not a refusal without details. */
    static final int UNPROCESSABLE = 422;

    @Command(name = "list", description = "List modems with IMEI, channel, online, poller port, signal, SIM, GPIO.")
    static final class Listing extends ListCommand {
        @Option(names = "--org", paramLabel = "ID")
        Long orgId;

        @Option(names = "--site", paramLabel = "ID")
        Long siteId;

        @Option(names = "--online", description = "true or false.")
        Boolean online;

        @Option(names = "--pending", description = "true: only modems seen but not registered.")
        Boolean pending;

        @Option(names = {"-q", "--search"}, paramLabel = "TEXT", description = "Part of the IMEI, name, phone or ICCID.")
        String text;

        @Override
        protected String path() {
            return PATH;
        }

        @Override
        protected Map<String, ?> query() {
            Map<String, Object> query = new LinkedHashMap<>();
            query.put("orgId", orgId);
            query.put("siteId", siteId);
            query.put("online", online);
            query.put("pending", pending);
            query.put("q", text);
            return query;
        }

        @Override
        protected Table table() {
            return Table.of("ID", "id").with("IMEI", "imei").with("CHN", "channel").with("NAME", "name")
                    .with("ONLINE", "online").with("PORT", "pollerPort").with("CSQ", "csq").with("DBM", "dbm")
                    .with("SIM", "simSlot").with("GPIO", "gpio").with("LAST SEEN", "lastSeenAt");
        }
    }

    @Command(name = "show", description = "Show one modem.")
    static final class Show extends ShowCommand {
        @Override
        protected String collection() {
            return PATH;
        }
    }

    @Command(name = "import", description = "Import modems from an XLSX or CSV file (all rows or none); "
            + "prints the row-by-row report.")
    static final class Import extends ApiCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = ".xlsx or .csv (UTF-8 or Windows-1251, , or ;).")
        Path file;

        @Option(names = "--org", paramLabel = "ID", description = "Organization for rows that name none.")
        Long orgId;

        @Option(names = "--dry-run", description = "Check the file only; change nothing.")
        boolean dryRun;

        @Override
        protected void run(ApiClient api) {
            byte[] bytes;
            try {
                bytes = Files.readAllBytes(file);
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot read " + file + ": " + e.getMessage());
            }
            String name = file.getFileName().toString();
            StringBuilder path = new StringBuilder(PATH + "/import?filename=")
                    .append(java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8))
                    .append("&dryRun=").append(dryRun);
            if (orgId != null) {
                path.append("&orgId=").append(orgId);
            }
            JsonNode report = api.postBytes(path.toString(), bytes, "application/octet-stream", UNPROCESSABLE);
            boolean refused = report.path("problems").valueStream()
                    .anyMatch(p -> "ERROR".equals(p.path("severity").asString()));
            if (json()) {
                printJson(report);
            } else {
                for (JsonNode problem : report.path("problems")) {
                    out().printf("%s line %d %s: %s%n", problem.path("severity").asString(),
                            problem.path("line").asInt(), problem.path("column").asString(""),
                            problem.path("message").asString());
                }
                out().println(report.path("summary").asString());
            }
            if (refused) {
                throw new CliException(ExitCodes.REFUSED, report.path("summary").asString());
            }
        }
    }

    @Command(name = "export", description = "Export the modems you can see as XLSX or CSV.")
    static final class Export extends ApiCommand {
        @Parameters(index = "0", paramLabel = "FILE", description = "Where to write; the format follows the extension "
                + "unless --format is given.")
        Path file;

        @Option(names = "--format", description = "xlsx or csv.")
        String format;

        @Override
        protected void run(ApiClient api) {
            String chosen = format != null ? format.toLowerCase(Locale.ROOT)
                    : file.toString().toLowerCase(Locale.ROOT).endsWith(".csv") ? "csv" : "xlsx";
            if (!chosen.equals("csv") && !chosen.equals("xlsx")) {
                throw new CliException(ExitCodes.USAGE, "--format: expected xlsx or csv, found " + format);
            }
            byte[] bytes = api.getBytes(PATH + "/export", Map.of("format", chosen));
            try {
                Files.write(file, bytes);
            } catch (IOException e) {
                throw new CliException(ExitCodes.USAGE, "cannot write " + file + ": " + e.getMessage());
            }
            out().println("Wrote " + bytes.length + " bytes to " + file + ".");
        }
    }

    @Command(name = "command", description = "Send a command and wait for the answer: status, signal, gpio, "
            + "temperature, iccid, output PIN=0|1, text '$sim' or '$ussd=0*100#'.")
    static final class Send extends Commanding {
        @Parameters(index = "0", paramLabel = "ID", description = "Modem id.")
        long id;

        @Parameters(index = "1", paramLabel = "KIND", description = "status, signal, gpio, temperature, iccid, output, text.")
        String kind;

        @Parameters(index = "2", arity = "0..1", paramLabel = "ARGUMENT", description = "For output: PIN=0|1; for text: the command.")
        String argument;

        @Override
        protected void run(ApiClient api) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("kind", kind.trim().toUpperCase(Locale.ROOT));
            body.put("argument", argument);
            printCommand(api.post(PATH + "/" + id + "/commands", body));
        }
    }

    @Command(name = "wake", description = "Wake a modem by a call or SMS through the local GSM modem.")
    static final class Wake extends Commanding {
        @Parameters(index = "0", paramLabel = "ID", description = "Modem id.")
        long id;

        @Override
        protected void run(ApiClient api) {
            printCommand(api.post(PATH + "/" + id + "/wake", Map.of()));
        }
    }

    /** A finished command prints its answer; a failed one is a refusal (exit 1) with the modem's reason. */
    abstract static class Commanding extends ApiCommand {
        protected void printCommand(JsonNode answer) {
            String state = answer.path("state").asString();
            if ("FAILED".equals(state)) {
                throw new CliException(ExitCodes.REFUSED, answer.path("kind").asString() + " failed: "
                        + answer.path("error").asString());
            }
            if (json()) {
                printJson(answer);
            } else if ("DONE".equals(state)) {
                out().println(answer.path("answer").asString());
            } else {
                out().println("Still running (command " + answer.path("id").asLong() + "); see `castellan modems "
                        + "show " + answer.path("modemId").asLong() + "` later.");
            }
        }
    }
}
