package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ModemApiTest extends IntegrationTest {
    Organization org;
    Site site;
    HttpApi engineer;

    @BeforeEach
    void engineerOfAnOrganization() {
        org = fixtures.organization();
        site = fixtures.site(org);
        engineer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), org).username(), Fixtures.PASSWORD);
    }

    Map<String, Object> form(String imei) {
        Map<String, Object> form = new HashMap<>();
        form.put("imei", imei);
        form.put("channel", 0);
        form.put("orgId", org.id());
        form.put("siteId", site.id());
        form.put("name", "Котельная №3");
        form.put("phone", "+7 (900) 123-45-67");
        form.put("model", "ATM31");
        form.put("sharing", "BROADCAST");
        return form;
    }

    @Test
    void engineerRegistersChangesAndRemovesAModem() {
        String imei = Imeis.next();
        HttpApi.Response created = engineer.post("/api/v1/modems", form(imei));
        long id = created.json().path("id").asLong();
        Map<String, Object> change = form(imei);
        int port = 40000 + (int) (System.nanoTime() % 20000);
        change.put("pollerPort", port);
        change.put("sharing", "EXCLUSIVE");
        HttpApi.Response changed = engineer.put("/api/v1/modems/" + id, change);

        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().path("name").asString()).isEqualTo("Котельная №3");
        assertThat(created.json().path("phone").asString()).isEqualTo("+79001234567");
        assertThat(created.json().path("siteId").asLong()).isEqualTo(site.id());
        assertThat(created.json().path("online").asBoolean()).isFalse();
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().path("pollerPort").asInt()).isEqualTo(port);
        assertThat(changed.json().path("sharing").asString()).isEqualTo("EXCLUSIVE");
        assertThat(engineer.get("/api/v1/devices?kind=MODEM&q=" + imei).json().get(0).path("name").asString())
                .isEqualTo("Котельная №3");
        assertThat(engineer.get("/api/v1/modems?q=" + imei).json()).hasSize(1);
        assertThat(engineer.delete("/api/v1/modems/" + id).status()).isEqualTo(204);
        assertThat(engineer.get("/api/v1/modems/" + id).status()).isEqualTo(404);
        assertThat(engineer.get("/api/v1/devices?kind=MODEM&q=" + imei).json()).isEmpty();
    }

    @Test
    void aTypoInTheImeiIsCaughtByItsCheckDigit() {
        String imei = Imeis.next();
        String typo = imei.substring(0, 14) + (char) ('0' + (imei.charAt(14) - '0' + 1) % 10);

        HttpApi.Response refused = engineer.post("/api/v1/modems", form(typo));

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.body()).contains("imei").contains("should be " + imei.charAt(14));
    }

    @Test
    void aPortAndAnImeiCanBeTakenOnlyOnce() {
        String imei = Imeis.next();
        int port = 40000 + (int) (System.nanoTime() % 20000);
        Map<String, Object> first = form(imei);
        first.put("pollerPort", port);
        assertThat(engineer.post("/api/v1/modems", first).status()).isEqualTo(201);
        Map<String, Object> second = form(Imeis.next());
        second.put("pollerPort", port);

        HttpApi.Response portTaken = engineer.post("/api/v1/modems", second);
        HttpApi.Response imeiTaken = engineer.post("/api/v1/modems", form(imei));

        assertThat(portTaken.status()).isEqualTo(400);
        assertThat(portTaken.body()).contains("Poller port " + port + " is already assigned");
        assertThat(imeiTaken.status()).isEqualTo(400);
        assertThat(imeiTaken.body()).contains("already registered");
    }

    @Test
    void otherOrganizationsModemsAreNotFoundAndViewersCannotCommand() {
        long id = engineer.post("/api/v1/modems", form(Imeis.next())).json().path("id").asLong();
        Organization other = fixtures.organization();
        HttpApi stranger = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ENGINEER), other).username(),
                Fixtures.PASSWORD);
        HttpApi viewer = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.VIEWER), org).username(),
                Fixtures.PASSWORD);

        assertThat(stranger.get("/api/v1/modems/" + id).status()).isEqualTo(404);
        assertThat(stranger.get("/api/v1/modems").json().toString()).doesNotContain("\"id\":" + id + ",");
        assertThat(viewer.get("/api/v1/modems/" + id).status()).isEqualTo(200);
        assertThat(viewer.post("/api/v1/modems/" + id + "/commands", Map.of("kind", "SIGNAL")).status())
                .isEqualTo(403);
    }

    @Test
    void badCommandArgumentsAreRefused() {
        long id = engineer.post("/api/v1/modems", form(Imeis.next())).json().path("id").asLong();

        HttpApi.Response badOutput = engineer.post("/api/v1/modems/" + id + "/commands",
                Map.of("kind", "OUTPUT", "argument", "on"));
        HttpApi.Response badText = engineer.post("/api/v1/modems/" + id + "/commands",
                Map.of("kind", "TEXT", "argument", "AT+CSQ"));

        assertThat(badOutput.status()).isEqualTo(400);
        assertThat(badOutput.body()).contains("pin=0");
        assertThat(badText.status()).isEqualTo(400);
    }
}
