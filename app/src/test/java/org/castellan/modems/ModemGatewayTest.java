package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.castellan.events.EventFilter;
import org.castellan.events.EventJournal;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.testsupport.TestGsm;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import org.springframework.beans.factory.annotation.Autowired;

/** Emulated iRZ modems connect to the platform's gateway node over loopback, as field modems do. */
class ModemGatewayTest extends IntegrationTest {
    @Autowired
    GatewayNode gateway;
    @Autowired
    EventJournal journal;

    final EmulatorFleet fleet = new EmulatorFleet();
    Organization org;
    HttpApi engineer;
    HttpApi admin;

    @BeforeEach
    void organization() {
        org = fixtures.organization();
        engineer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), org).username(), Fixtures.PASSWORD);
        admin = HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    @AfterEach
    void closeFleet() {
        fleet.close();
    }

    ModemEmulator connect(String imei, SerialDevice serial) {
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", gateway.modemPorts().get(0));
        ModemEmulator modem = fleet.add(EmulatorConfig.builder(server, imei).field("DEV", "ATM31").build(), serial);
        modem.connect().join();
        return modem;
    }

    long register(String imei) {
        Map<String, Object> form = new HashMap<>();
        form.put("imei", imei);
        form.put("orgId", org.id());
        form.put("name", "Modem " + imei.substring(9));
        form.put("phone", "+79001234567");
        HttpApi.Response created = engineer.post("/api/v1/modems", form);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        return created.json().path("id").asLong();
    }

    JsonNode modem(HttpApi api, long id) {
        return api.get("/api/v1/modems/" + id).json();
    }

    @Test
    void anUnknownModemWaitsAsPendingUntilAnAdministratorRegistersIt() {
        String imei = Imeis.next();
        connect(imei, SerialDevice.silent());

        JsonNode pending = await().atMost(Duration.ofSeconds(10)).until(
                () -> admin.get("/api/v1/modems?pending=true&q=" + imei).json(), rows -> rows.size() == 1).get(0);
        long id = pending.path("id").asLong();
        assertThat(pending.path("online").asBoolean()).isTrue();
        assertThat(pending.path("model").asString()).isEqualTo("ATM31");
        assertThat(pending.path("identity").path("IMEI").asString()).isEqualTo(imei);
        assertThat(engineer.get("/api/v1/modems/" + id).status()).as("pending modems belong to nobody").isEqualTo(404);

        HttpApi.Response registered = admin.post("/api/v1/modems", Map.of("imei", imei, "channel", 0,
                "orgId", org.id(), "name", "Насосная"));

        assertThat(registered.status()).as(registered.body()).isEqualTo(201);
        assertThat(registered.json().path("id").asLong()).as("the pending row is taken over").isEqualTo(id);
        JsonNode seen = modem(engineer, id);
        assertThat(seen.path("online").asBoolean()).isTrue();
        assertThat(seen.path("name").asString()).isEqualTo("Насосная");
    }

    @Test
    void aModemThatDisconnectsIsOfflineWithItsSessionAndBytesInTheHistory() {
        String imei = Imeis.next();
        long id = register(imei);
        ModemEmulator modem = connect(imei, SerialDevice.silent());
        await().atMost(Duration.ofSeconds(10)).until(() -> modem(engineer, id).path("online").asBoolean());
        assertThat(modem(engineer, id).path("pollerPort").asInt()).isPositive();

        modem.close();

        await().atMost(Duration.ofSeconds(10)).until(() -> !modem(engineer, id).path("online").asBoolean());
        JsonNode sessions = await().atMost(Duration.ofSeconds(10)).until(
                () -> engineer.get("/api/v1/modems/" + id + "/sessions").json(), rows -> rows.size() == 1);
        assertThat(sessions.get(0).path("bytesFromModem").asLong()).as("the identification line at least")
                .isGreaterThan(imei.length());
        assertThat(sessions.get(0).path("endReason").asString()).isEqualTo("closed");
        assertThat(modem(engineer, id).path("offlineReason").asString()).isEqualTo("closed");
        CurrentUser viewer = fixtures.caller(fixtures.user(Set.of(Role.VIEWER), org));
        assertThat(journal.find(viewer, EventFilter.latest(10).device(modem(engineer, id).path("deviceId").asLong()))).extracting(e -> e.type()).contains("device.online", "device.offline");
    }

    @Test
    void commandsReachTheModemAndAnInputChangeIsJournalled() {
        String imei = Imeis.next();
        long id = register(imei);
        ModemEmulator modem = connect(imei, SerialDevice.silent());
        await().atMost(Duration.ofSeconds(10)).until(() -> modem(engineer, id).path("online").asBoolean());

        HttpApi.Response status = engineer.post("/api/v1/modems/" + id + "/commands", Map.of("kind", "STATUS"));
        HttpApi.Response output = engineer.post("/api/v1/modems/" + id + "/commands",
                Map.of("kind", "OUTPUT", "argument", "3=1"));

        assertThat(status.status()).as(status.body()).isEqualTo(200);
        assertThat(status.json().path("state").asString()).as(status.body()).isEqualTo("DONE");
        assertThat(status.json().path("answer").asString()).contains("CSQ 17").contains("25 °C")
                .contains("89701012345678901234");
        assertThat(output.json().path("state").asString()).as(output.body()).isEqualTo("DONE");
        assertThat(modem.pinHigh(3)).isTrue();
        JsonNode stored = modem(engineer, id);
        assertThat(stored.path("csq").asInt()).isEqualTo(17);
        assertThat(stored.path("iccid").asString()).isEqualTo("89701012345678901234");
        assertThat(stored.path("gpio").asString()).isEqualTo("80 80 C2 C0");

        modem.setInput(1, true);

        CurrentUser viewer = fixtures.caller(fixtures.user(Set.of(Role.VIEWER), org));
        long device = stored.path("deviceId").asLong();
        await().atMost(Duration.ofSeconds(10)).until(() -> journal.find(viewer,
                EventFilter.latest(10).device(device).type("modem.gpi")).size() == 1);
        assertThat(modem(engineer, id).path("gpio").asString()).isEqualTo("82 80 C2 C0");
    }

    @Test
    void aConnectionThatIsNoModemIsClosedAndCountedInTheMetrics() throws Exception {
        try (Socket stranger = new Socket("127.0.0.1", gateway.modemPorts().get(0))) {
            stranger.setSoTimeout(5000);
            stranger.getOutputStream().write("GET / HTTP/1.1\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            assertThat(stranger.getInputStream().read()).as("closed by the gateway").isEqualTo(-1);
        }

        String metrics = admin.get("/actuator/prometheus").body();

        assertThat(metrics).containsPattern("castellan_gateway_modem_rejected_unrecognised_total\\{node=\"[^\"]+\"} [1-9]");
        assertThat(metrics).contains("castellan_gateway_sessions_online");
    }

    @Test
    void anOfflineModemIsWokenByACallThroughTheLocalGsmModem() {
        long id = register(Imeis.next());

        HttpApi.Response woken = engineer.post("/api/v1/modems/" + id + "/wake", Map.of());

        assertThat(woken.status()).as(woken.body()).isEqualTo(200);
        assertThat(woken.json().path("state").asString()).as(woken.body()).isEqualTo("DONE");
        assertThat(woken.json().path("answer").asString()).contains("called +79001234567");
        assertThat(TestGsm.modem().calls()).anySatisfy(call -> assertThat(call.number()).isEqualTo("+79001234567"));
    }

    @Test
    void aCommandForAModemNoNodeHoldsFailsAfterTheWait() {
        long id = register(Imeis.next());

        HttpApi.Response status = engineer.post("/api/v1/modems/" + id + "/commands", Map.of("kind", "SIGNAL"));

        assertThat(status.status()).isEqualTo(200);
        assertThat(status.json().path("state").asString()).isEqualTo("FAILED");
        assertThat(status.json().path("error").asString()).contains("no gateway node holds");
    }

    @Test
    void aPollerNamesTheModemOnTheSharedPortAndReachesTheMeter() throws Exception {
        String imei = Imeis.next();
        long id = register(imei);
        connect(imei, (data, line) -> line.send(("echo:" + new String(data, StandardCharsets.US_ASCII))
                .getBytes(StandardCharsets.US_ASCII)));
        await().atMost(Duration.ofSeconds(10)).until(() -> modem(engineer, id).path("online").asBoolean());

        try (Socket poller = new Socket("127.0.0.1", gateway.sharedPollerPort())) {
            poller.setSoTimeout(5000);
            OutputStream out = poller.getOutputStream();
            out.write(("Modem " + imei.substring(9) + "\r\nping").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            InputStream in = poller.getInputStream();
            byte[] answer = in.readNBytes("echo:ping".length());

            assertThat(new String(answer, StandardCharsets.US_ASCII)).isEqualTo("echo:ping");
        }
    }
}
