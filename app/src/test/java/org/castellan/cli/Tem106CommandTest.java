package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.castellan.tem106.tool.EmulatorOptions;
import org.castellan.tem106.tool.RunningEmulator;
import org.castellan.tem106.tool.Tem106Tool;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code castellan tem106 …} against the virtual meter over loopback TCP, in-process. */
class Tem106CommandTest {
    private static RunningEmulator meter;
    private static String url;
    private final CliRunner cli = CliRunner.script();

    @BeforeAll
    static void startMeter() throws Exception {
        Clock clock = Clock.fixed(Instant.parse("2026-11-21T10:00:00Z"), ZoneOffset.ofHours(3));
        meter = new Tem106Tool().emulate(EmulatorOptions.defaults().withPort(0), clock);
        url = "tcp://127.0.0.1:" + meter.port();
    }

    @AfterAll
    static void stopMeter() throws Exception {
        meter.close();
    }

    @Test
    void identifyPrintsTheModel() {
        var result = cli.run("tem106", "identify", "--url", url, "--address", "1");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out()).containsIgnoringCase("106");
    }

    @Test
    void currentValuesAsJson() {
        var result = cli.run("tem106", "current", "--url", url, "--format", "json");
        assertThat(result.exitCode()).as(result.err()).isZero();
        assertThat(result.out().strip()).startsWith("{").endsWith("}");
    }

    @Test
    void theNewestHourlyRecordsAsCsv() {
        var result = cli.run("tem106", "archive", "--url", url, "--kind", "hourly", "--last", "3", "--format", "csv");
        assertThat(result.exitCode()).as(result.err()).isZero();
        // a "records" title, the header, then one row per record and system (the default meter has two systems)
        var lines = result.out().strip().lines().toList();
        assertThat(lines).hasSize(2 + 3 * 2);
        assertThat(lines.get(1)).startsWith("written_at,covers_from,system,comma,energy_MWh");
        assertThat(lines.subList(2, 8)).extracting(line -> line.split(",")[0]).containsExactly(
                "2026-11-21T11:00", "2026-11-21T11:00", "2026-11-21T12:00", "2026-11-21T12:00",
                "2026-11-21T13:00", "2026-11-21T13:00");
    }

    @Test
    void integratorsReadAsTheMeterMeantThemNotAsFloatArtefacts() {
        var result = cli.run("tem106", "archive", "--url", url, "--kind", "hourly", "--last", "1", "--format", "csv");
        String energy = result.out().strip().lines().toList().get(2).split(",")[4];
        assertThat(energy).as("energy in MWh").matches("\\d+\\.\\d{1,12}");
    }

    @Test
    void anArchiveNeedsEitherLastOrAPeriod() {
        var result = cli.run("tem106", "archive", "--url", url, "--kind", "daily");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.USAGE);
    }

    @Test
    void aMeterThatCannotBeReachedIsOneLineAndExitOne() throws Exception {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0)) {
            closedPort = probe.getLocalPort();
        }
        var result = cli.run("tem106", "identify", "--url", "tcp://127.0.0.1:" + closedPort);
        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err().strip().lines()).singleElement().asString().startsWith("castellan tem106: ");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void aBadUrlIsOneLineAndExitOne() {
        var result = cli.run("tem106", "config", "--url", "ftp://meter");
        assertThat(result.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(result.err().strip().lines()).singleElement().asString().contains("ftp://meter");
    }
}
