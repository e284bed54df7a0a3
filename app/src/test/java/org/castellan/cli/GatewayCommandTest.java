package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.castellan.CastellanApplication;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.modems.GatewayNode;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/**
 * {@code castellan gateway}: a gateway node in its own application context (no web server) beside a platform whose
 * own gateway is off, both on one database. A modem connects to the node; the platform's API sees it online and
 * its commands reach it through {@code modem_command}.
 */
class GatewayCommandTest {
    private static final String PASSWORD = "gateway-test-password";
    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void aStandaloneNodeHoldsTheModemsAndRunsThePlatformsCommands() throws Exception {
        String url = TestDatabase.createDatabase("gateway");
        List<String> common = List.of("--castellan.db.url=" + url, "--castellan.db.user=" + TestDatabase.user(),
                "--castellan.db.password=" + TestDatabase.password(), "--castellan.admin.password=" + PASSWORD,
                "--castellan.data.dir=target/gateway-test");
        try (ConfigurableApplicationContext platform = start(List.of(), common, "--server.port=0",
                "--castellan.gateway.enabled=false");
             ConfigurableApplicationContext node = start(List.of("gateway"), common, "--castellan.gateway.node=edge-1",
                     "--castellan.gateway.host=127.0.0.1", "--castellan.gateway.ports=0",
                     "--castellan.gateway.poller-port-base=0", "--castellan.gateway.shared-poller-port=-1");
             EmulatorFleet fleet = new EmulatorFleet()) {
            assertThat(platform.getBeansOfType(GatewayNode.class)).as("the platform's own gateway is off").isEmpty();
            assertThat(node.getEnvironment().getProperty("local.server.port")).as("no web server").isNull();
            String api = "http://localhost:" + platform.getEnvironment().getProperty("local.server.port");
            String imei = Imeis.next();
            int modemPort = node.getBean(GatewayNode.class).modemPorts().get(0);
            fleet.add(EmulatorConfig.builder(new InetSocketAddress("127.0.0.1", modemPort), imei).build(),
                    SerialDevice.silent()).connect().join();

            JsonNode modem = await().atMost(Duration.ofSeconds(15)).until(
                    () -> get(api, "/api/v1/modems?q=" + imei), rows -> rows.size() == 1 && rows.get(0).path("online")
                            .asBoolean()).get(0);
            JsonNode signal = post(api, "/api/v1/modems/" + modem.path("id").asLong() + "/commands",
                    "{\"kind\":\"SIGNAL\"}");

            assertThat(modem.path("node").asString()).isEqualTo("edge-1");
            assertThat(signal.path("state").asString()).as(signal.toString()).isEqualTo("DONE");
            assertThat(signal.path("claimedBy").asString()).isEqualTo("edge-1");
            assertThat(signal.path("answer").asString()).startsWith("CSQ 17");
        }
    }

    @Test
    void theEmbeddedDatabaseIsFoundByItsPidFileOrNamedAsMissing(@TempDir Path dir) throws Exception {
        Path cluster = Files.createDirectories(dir.resolve("postgres"));

        assertThatThrownBy(() -> GatewayCommand.embeddedUrl(cluster)).isInstanceOf(CliException.class)
                .hasMessageContaining("start `castellan server` first");
        Files.writeString(cluster.resolve("postmaster.pid"), "4242\n" + cluster + "\n1700000000\n54321\n/tmp\n");
        assertThat(GatewayCommand.embeddedUrl(cluster)).isEqualTo("jdbc:postgresql://127.0.0.1:54321/castellan");
    }

    private static ConfigurableApplicationContext start(List<String> profiles, List<String> common, String... more) {
        SpringApplication app = new SpringApplication(CastellanApplication.class);
        app.setAdditionalProfiles(profiles.toArray(String[]::new));
        List<String> args = new java.util.ArrayList<>(common);
        args.addAll(List.of(more));
        return app.run(args.toArray(String[]::new));
    }

    private JsonNode get(String api, String path) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(api + path)).GET());
    }

    private JsonNode post(String api, String path, String json) throws Exception {
        return send(HttpRequest.newBuilder(URI.create(api + path)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonNode send(HttpRequest.Builder request) throws Exception {
        String basic = Base64.getEncoder().encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> response = http.send(request.header("Authorization", "Basic " + basic).build(),
                HttpResponse.BodyHandlers.ofString());
        return ApiClient.JSON.readTree(response.body());
    }
}
