package org.castellan.tem106.tool;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import org.castellan.tem106.archive.ArchiveKind;
import org.castellan.tem106.archive.ArchiveRecord;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.meter.Configuration;
import org.castellan.tem106.reader.ReaderSettings;
import org.castellan.tem106.testing.Conversation;
import org.castellan.tem106.testing.MutableClock;
import org.castellan.tem106.testing.TcpConversation;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The command-line façade against the TCP emulator: values, the three output formats, one-line errors. */
class Tem106ToolTest {
    private final Tem106Tool tool = new Tem106Tool(Conversation.SETTINGS, Duration.ofSeconds(2));
    private TcpConversation meter;
    private String url;

    @BeforeEach
    void startMeter() throws Exception {
        meter = new TcpConversation(MeterProfile.defaults().withAddress(3));
        url = "tcp://127.0.0.1:" + meter.port();
    }

    @AfterEach
    void stopMeter() throws Exception {
        meter.close();
    }

    @Test
    void identifyConfigCurrentAndArchive() throws Exception {
        assertThat(tool.identify(url, 0).address()).isEqualTo(3);
        assertThat(tool.configuration(url, 3)).isEqualTo(meter.meter().configuration());
        assertThat(tool.current(url, 3).clock()).isEqualTo(meter.meter().now());
        List<ArchiveRecord> last = tool.latest(url, 3, ArchiveKind.HOURLY, 4);
        assertThat(last).hasSize(4);
        assertThat(tool.archive(url, 3, ArchiveKind.HOURLY, last.get(1).writtenAt(), last.get(2).writtenAt()))
                .containsExactly(last.get(1), last.get(2));
    }

    @Test
    void tableShowsTheConfigurationReadably() throws Exception {
        String table = OutputFormat.TABLE.write(Reports.configuration(tool.configuration(url, 3)));
        assertThat(table).startsWith("TEM-106 configuration\n").contains("SUPPLY_WITH_FLOW_METER")
                .contains("Подача + расходомер").contains("KB_512").contains("0x1F24");
    }

    @Test
    void jsonCarriesExactIntegratorValuesAsNumbers() throws Exception {
        String json = OutputFormat.JSON.write(Reports.current(tool.current(url, 3)));
        String exact = tool.current(url, 3).systems().getFirst().energy().value().toPlainString();
        assertThat(json).startsWith("{\"title\": \"TEM-106 current values\"").contains("\"energy_MWh\": " + exact)
                .contains("\"clock\": \"2016-03-02T14:15:33\"").endsWith("}\n");
    }

    @Test
    void csvHasOneRowPerRecordAndSystem() throws Exception {
        String csv = OutputFormat.CSV.write(Reports.archive(ArchiveKind.HOURLY, tool.latest(url, 3, ArchiveKind.HOURLY,
                3)));
        String[] lines = csv.split("\r\n");
        assertThat(lines[0]).isEqualTo("records");
        assertThat(lines[1]).startsWith("written_at,covers_from,system,comma,energy_MWh");
        assertThat(lines).hasSize(2 + 3 * 2);
        assertThat(lines[2]).startsWith("2016-03-02T12:00,2016-03-02T11:00,1,3,");
    }

    @Test
    void jsonWriterEscapesAndRefusesNonFiniteNumbers() {
        Report report = new Report("t", List.of(new Report.Section("s", List.of("a", "b"),
                List.of(List.of("quote \" and \\ and \n", Float.NaN)))));
        assertThat(OutputFormat.JSON.write(report)).contains("\"a\": \"quote \\\" and \\\\ and \\n\", \"b\": null");
    }

    @Test
    void errorsAreOneLineSayingWhereAndWhat() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        assertThatThrownBy(() -> tool.identify("tcp://127.0.0.1:" + closedPort, 1)).isInstanceOf(ToolException.class)
                .hasMessageStartingWith("tcp://127.0.0.1:" + closedPort + ": ").hasMessageNotContaining("\n");
        assertThatThrownBy(() -> tool.identify("ftp://x", 1)).isInstanceOf(ToolException.class)
                .hasMessageContaining("expected tcp://host:port");
        assertThatThrownBy(() -> tool.identify(url, 4)).isInstanceOf(ToolException.class)
                .hasMessage(url + ", meter 4: no reply to identify at address 4 after 3 attempt(s) (response timeout 800 ms)");
        assertThatThrownBy(() -> tool.identify("serial:/dev/no-such-port", 1)).isInstanceOf(ToolException.class)
                .hasMessageStartingWith("serial:/dev/no-such-port?baud=9600: ");
        assertThatThrownBy(() -> OutputFormat.parse("xml")).hasMessage("unknown output format xml: use table, json or csv");
    }

    @Test
    void emulatorLauncherServesAFastMeter() throws Exception {
        MutableClock clock = MutableClock.atEpoch();
        try (RunningEmulator emulator = tool.emulate(EmulatorOptions.defaults().withPort(0).withFast(true), clock)) {
            String local = "tcp://127.0.0.1:" + emulator.port();
            Configuration configuration = tool.configuration(local, 1);
            assertThat(configuration.systems()).hasSize(2);
            var before = tool.current(local, 1).clock();
            clock.advance(Duration.ofSeconds(2));
            assertThat(tool.current(local, 1).clock()).isEqualTo(before.plusHours(2));
            assertThat(emulator.describe()).contains("tcp port " + emulator.port()).contains("speed x3600");
        }
    }

    @Test
    void defaultSettingsAreTheSpecsInterByteLimit() {
        assertThat(ReaderSettings.defaults().interByteLimit()).isEqualTo(Duration.ofMillis(500));
    }
}
