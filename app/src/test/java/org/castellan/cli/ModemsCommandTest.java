package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.modems.GatewayNode;
import org.castellan.org.Organization;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

/** {@code castellan modems list|show|import|export|command|wake} against a running server. */
class ModemsCommandTest extends IntegrationTest {
    private final CliRunner cli = CliRunner.script();
    private final EmulatorFleet fleet = new EmulatorFleet();

    @Autowired
    GatewayNode gateway;

    @AfterEach
    void closeFleet() {
        fleet.close();
    }

    @Test
    void importListShowCommandAndExport(@TempDir Path dir) throws Exception {
        Organization org = fixtures.organization();
        String imei = Imeis.next();
        Path list = dir.resolve("list.csv");
        Files.writeString(list, "imei,name,phone\n" + imei + ",Котельная,+79001234567\n");

        CliRunner.Result imported = asAdmin("modems", "import", list.toString(), "--org", String.valueOf(org.id()));
        fleet.add(EmulatorConfig.builder(new InetSocketAddress("127.0.0.1", gateway.modemPorts().get(0)), imei)
                .build(), SerialDevice.silent()).connect().join();
        await().atMost(Duration.ofSeconds(10)).until(() -> asAdmin("modems", "list", "-q", imei).out().contains("true"));
        JsonNode modem = HttpJson.read(asAdmin("modems", "list", "-q", imei, "-o", "json").out()).get(0);
        String id = modem.path("id").asString();
        CliRunner.Result shown = asAdmin("modems", "show", id);
        CliRunner.Result signal = asAdmin("modems", "command", id, "signal");
        CliRunner.Result output = asAdmin("modems", "command", id, "output", "4=1");
        CliRunner.Result badOutput = asAdmin("modems", "command", id, "output", "four");
        Path export = dir.resolve("out.xlsx");
        CliRunner.Result exported = asAdmin("modems", "export", export.toString());

        assertThat(imported.exitCode()).as(imported.err()).isZero();
        assertThat(imported.out()).contains("1 modem(s) registered");
        assertThat(shown.out()).contains(imei).contains("Котельная");
        assertThat(signal.exitCode()).as(signal.err()).isZero();
        assertThat(signal.out()).contains("CSQ 17");
        assertThat(output.out()).contains("4 out 1");
        assertThat(badOutput.exitCode()).isEqualTo(ExitCodes.REFUSED);
        assertThat(exported.exitCode()).as(exported.err()).isZero();
        assertThat(Files.readAllBytes(export)).startsWith('P', 'K');
    }

    @Test
    void aFileWithABadRowIsRefusedWithItsLine(@TempDir Path dir) throws Exception {
        Path list = dir.resolve("bad.csv");
        Files.writeString(list, "imei\n123\n");

        CliRunner.Result refused = asAdmin("modems", "import", list.toString());

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.REFUSED);
    }

    private CliRunner.Result asAdmin(String... args) {
        return cli.runAs(baseUrl(), "admin", ADMIN_PASSWORD, args);
    }

    /** JSON of a command's output. */
    private static final class HttpJson {
        static JsonNode read(String text) {
            return ApiClient.JSON.readTree(text);
        }
    }
}
