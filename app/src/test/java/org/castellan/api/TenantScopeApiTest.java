package org.castellan.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A user of organization A and the data of organization B, through the API. */
class TenantScopeApiTest extends IntegrationTest {
    @Autowired
    DeviceService devices;

    Organization a;
    Organization b;
    Site siteOfB;
    Zone zoneOfB;
    Device deviceOfB;
    HttpApi adminOfA;
    HttpApi platformAdmin;

    @BeforeEach
    void twoOrganizations() {
        a = fixtures.organization();
        b = fixtures.organization();
        siteOfB = fixtures.site(b);
        zoneOfB = fixtures.zone(siteOfB);
        deviceOfB = devices.create(CurrentUser.system(), new DeviceForm(b.id(), siteOfB.id(), zoneOfB.id(),
                DeviceKind.READER, "Reader of B", fixtures.unique("SN"), Map.of()));
        adminOfA = HttpApi.basic(baseUrl(), fixtures.user(Set.of(Role.ADMIN, Role.ENGINEER), a).username(),
                Fixtures.PASSWORD);
        platformAdmin = HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    @Test
    void anotherOrganizationsOrgSiteZoneAndDeviceAreNotFound() {
        assertThat(adminOfA.get("/api/v1/orgs/" + b.id()).status()).isEqualTo(404);
        assertThat(adminOfA.get("/api/v1/sites/" + siteOfB.id()).status()).isEqualTo(404);
        assertThat(adminOfA.get("/api/v1/zones/" + zoneOfB.id()).status()).isEqualTo(404);
        assertThat(adminOfA.get("/api/v1/devices/" + deviceOfB.id()).status()).isEqualTo(404);
        assertThat(platformAdmin.get("/api/v1/devices/" + deviceOfB.id()).status()).isEqualTo(200);
    }

    @Test
    void anotherOrganizationsDataIsNotListed() {
        assertThat(ids(adminOfA.get("/api/v1/orgs"))).contains(a.id()).doesNotContain(b.id());
        assertThat(adminOfA.get("/api/v1/orgs/" + b.id() + "/sites").status()).isEqualTo(404);
        assertThat(adminOfA.get("/api/v1/sites/" + siteOfB.id() + "/zones").status()).isEqualTo(404);
        assertThat(ids(adminOfA.get("/api/v1/devices"))).doesNotContain(deviceOfB.id());
        assertThat(ids(adminOfA.get("/api/v1/devices?orgId=" + b.id()))).isEmpty();
        assertThat(ids(platformAdmin.get("/api/v1/devices?orgId=" + b.id()))).containsExactly(deviceOfB.id());
    }

    @Test
    void anotherOrganizationsDataCannotBeChangedOrDeleted() {
        assertThat(adminOfA.put("/api/v1/sites/" + siteOfB.id(), Map.of("name", "Taken over")).status()).isEqualTo(404);
        assertThat(adminOfA.delete("/api/v1/zones/" + zoneOfB.id()).status()).isEqualTo(404);
        assertThat(adminOfA.delete("/api/v1/devices/" + deviceOfB.id()).status()).isEqualTo(404);
        assertThat(platformAdmin.get("/api/v1/sites/" + siteOfB.id()).json().path("name").asString())
                .isEqualTo(siteOfB.name());
        assertThat(platformAdmin.get("/api/v1/zones/" + zoneOfB.id()).status()).isEqualTo(200);
        assertThat(platformAdmin.get("/api/v1/devices/" + deviceOfB.id()).status()).isEqualTo(200);
    }

    @Test
    void siteOrDeviceCannotBeCreatedInAnotherOrganization() {
        var site = adminOfA.post("/api/v1/orgs/" + b.id() + "/sites", Map.of("name", "Smuggled site"));
        var device = adminOfA.post("/api/v1/devices", Map.of("orgId", b.id(), "kind", "READER",
                "name", "Smuggled reader", "identifier", "SMUGGLED-1"));
        var deviceOnSiteOfB = adminOfA.post("/api/v1/devices", Map.of("orgId", a.id(), "siteId", siteOfB.id(),
                "kind", "READER", "name", "Smuggled reader", "identifier", "SMUGGLED-2"));

        assertThat(site.status()).isEqualTo(404);
        assertThat(device.status()).isEqualTo(400);
        assertThat(device.json().path("errors").get(0).path("field").asString()).isEqualTo("orgId");
        assertThat(deviceOnSiteOfB.status()).isEqualTo(400);
        assertThat(deviceOnSiteOfB.json().path("errors").get(0).path("field").asString()).isEqualTo("siteId");
        assertThat(platformAdmin.get("/api/v1/orgs/" + b.id() + "/sites").json().valueStream()
                .map(s -> s.path("name").asString())).containsExactly(siteOfB.name());
        assertThat(platformAdmin.get("/api/v1/devices?q=Smuggled").json().size()).isZero();
    }

    private static List<Long> ids(HttpApi.Response response) {
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        return response.json().valueStream().map(n -> n.path("id").asLong()).toList();
    }
}
