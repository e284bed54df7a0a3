package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.org.Zone;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The sites, zones, devices, tokens, audit and whoami tools against a running server. */
class ToolCommandsTest extends IntegrationTest {
    private final CliRunner cli = CliRunner.script();

    @Test
    void sitesAndZonesAreCreatedListedAndDeleted() {
        Organization org = fixtures.organization();

        JsonNode site = json(asAdmin("sites", "create", "--org", id(org.id()), "--name", "Котельная №3",
                "--address", "ул. Ленина, 1", "-o", "json"));
        String siteId = site.path("id").asString();
        JsonNode zone = json(asAdmin("zones", "create", "--site", siteId, "--name", "热力站", "-o", "json"));
        CliRunner.Result sites = asAdmin("sites", "list", "--org", id(org.id()));
        CliRunner.Result zones = asAdmin("zones", "list", "--site", siteId);
        CliRunner.Result zoneDeleted = asAdmin("zones", "delete", zone.path("id").asString());
        CliRunner.Result siteDeleted = asAdmin("sites", "delete", siteId);

        assertThat(sites.out()).contains("Котельная №3").contains("ул. Ленина, 1");
        assertThat(zones.out()).contains("热力站");
        assertThat(zoneDeleted.exitCode()).as(zoneDeleted.err()).isZero();
        assertThat(siteDeleted.exitCode()).as(siteDeleted.err()).isZero();
        assertThat(asAdmin("sites", "list", "--org", id(org.id())).out()).doesNotContain("Котельная №3");
    }

    @Test
    void deviceIsCreatedWithConnectionSettingsAndListedByKind() {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        Zone zone = fixtures.zone(site);
        String imei = fixtures.unique("35000000");

        JsonNode device = json(asAdmin("devices", "create", "--org", id(org.id()), "--kind", "modem",
                "--name", "ATM21 boiler", "--identifier", imei, "--site", id(site.id()), "--zone", id(zone.id()),
                "--set", "apn=internet", "--set", "port=4001", "-o", "json"));
        CliRunner.Result modems = asAdmin("devices", "list", "--org", id(org.id()), "--kind", "MODEM");
        CliRunner.Result meters = asAdmin("devices", "list", "--org", id(org.id()), "--kind", "HEAT_METER");

        assertThat(device.path("connection").path("apn").asString()).isEqualTo("internet");
        assertThat(device.path("connection").path("port").asString()).isEqualTo("4001");
        assertThat(modems.out()).contains(imei).contains("ATM21 boiler");
        assertThat(meters.out()).doesNotContain(imei);
        assertThat(asAdmin("devices", "delete", device.path("id").asString()).exitCode()).isZero();
        assertThat(asAdmin("devices", "list", "--org", id(org.id())).out()).doesNotContain(imei);
    }

    @Test
    void createdTokenAuthenticatesUntilRevoked() {
        Organization org = fixtures.organization();
        User user = fixtures.user(Set.of(Role.ENGINEER), org);

        JsonNode issued = json(cli.runAs(baseUrl(), user.username(), Fixtures.PASSWORD,
                "tokens", "create", "--name", "backup script", "--days", "30", "-o", "json"));
        String secret = issued.path("secret").asString();
        CliRunner.Result whoami = cli.run("whoami", "--server", baseUrl(), "--token", secret);
        CliRunner.Result listed = cli.run("tokens", "list", "--server", baseUrl(), "--token", secret);
        CliRunner.Result revoked = cli.run("tokens", "revoke", issued.path("token").path("id").asString(),
                "--server", baseUrl(), "--token", secret);
        CliRunner.Result afterRevoke = cli.run("whoami", "--server", baseUrl(), "--token", secret);

        assertThat(secret).startsWith("cst_");
        assertThat(whoami.out()).contains(user.username());
        assertThat(listed.out()).contains("backup script").doesNotContain(secret);
        assertThat(revoked.exitCode()).as(revoked.err()).isZero();
        assertThat(afterRevoke.exitCode()).isEqualTo(1);
        assertThat(afterRevoke.err()).contains("401");
    }

    @Test
    void tokenCreatedForPeopleShowsTheSecretOnce() {
        CliRunner.Result created = asAdmin("tokens", "create", "--name", "ci");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("shown only this once").containsPattern("cst_[A-Za-z0-9_-]{20,}");
    }

    @Test
    void auditShowsChangesMadeThroughTheTools() {
        String code = fixtures.unique("AUD");
        String orgId = json(asAdmin("orgs", "create", "--name", code, "--code", code, "--time-zone", "UTC", "-o", "json"))
                .path("id").asString();

        CliRunner.Result audit = asAdmin("audit", "--entity-type", "organization", "--entity-id", orgId, "--limit", "5");

        assertThat(audit.exitCode()).as(audit.err()).isZero();
        assertThat(audit.out().lines().filter(line -> line.contains("CREATE")))
                .singleElement().satisfies(line -> assertThat(line).contains("admin").contains("API"));
    }

    @Test
    void whoamiNamesTheCallerAndTheirOrganizations() {
        Organization org = fixtures.organization();
        User user = fixtures.user(Set.of(Role.TIMEKEEPER), org);

        CliRunner.Result whoami = cli.runAs(baseUrl(), user.username(), Fixtures.PASSWORD, "whoami");

        assertThat(whoami.out()).containsPattern("username\\s+" + user.username())
                .containsPattern("orgIds\\s+" + org.id()).contains("TIMEKEEPER");
    }

    private CliRunner.Result asAdmin(String... args) {
        return cli.runAs(baseUrl(), "admin", ADMIN_PASSWORD, args);
    }

    private static JsonNode json(CliRunner.Result result) {
        assertThat(result.exitCode()).as(result.err()).isZero();
        return ApiClient.JSON.readTree(result.out());
    }

    private static String id(long id) {
        return String.valueOf(id);
    }
}
