package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

class OrgsCommandTest extends IntegrationTest {
    private final CliRunner cli = CliRunner.script();

    @Test
    void createdOrganizationAppearsInTheList() {
        String name = fixtures.unique("Теплосеть ");
        String code = fixtures.unique("TS");

        CliRunner.Result created = asAdmin("orgs", "create", "--name", name, "--code", code,
                "--time-zone", "Asia/Yekaterinburg");
        CliRunner.Result listed = asAdmin("orgs", "list");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains(name).contains(code);
        assertThat(listed.exitCode()).as(listed.err()).isZero();
        assertThat(listed.out().lines().findFirst()).hasValueSatisfying(header ->
                assertThat(header).startsWith("ID").contains("NAME").contains("CODE").contains("TIME ZONE"));
        assertThat(listed.out().lines().filter(line -> line.contains(name)))
                .singleElement().satisfies(line -> assertThat(line).contains(code).contains("Asia/Yekaterinburg"));
    }

    @Test
    void refusalPrintsTheServersProblemDetailAndExitsWith1() {
        CliRunner.Result missing = asAdmin("orgs", "show", "987654321");

        assertThat(missing.exitCode()).isEqualTo(1);
        assertThat(missing.err()).contains("404").contains("organization 987654321 not found");
        assertThat(missing.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void invalidInputPrintsEachFieldErrorAndExitsWith1() {
        CliRunner.Result invalid = asAdmin("orgs", "create", "--name", fixtures.unique("Org"), "--code", "no spaces allowed",
                "--time-zone", "UTC");

        assertThat(invalid.exitCode()).isEqualTo(1);
        assertThat(invalid.err()).contains("400").contains("code: Use 1 to 32 letters");
    }

    @Test
    void wrongPasswordIsRefusedWithAHintAboutCredentials() {
        Organization org = fixtures.organization();
        String username = fixtures.user(Set.of(Role.VIEWER), org).username();

        CliRunner.Result refused = cli.runAs(baseUrl(), username, "not-the-password", "orgs", "list");

        assertThat(refused.exitCode()).isEqualTo(1);
        assertThat(refused.err()).contains("401").contains("--token");
    }

    @Test
    void unreachableServerExitsWith2NamingTheServer() throws IOException {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        String server = "http://localhost:" + closedPort;

        CliRunner.Result result = cli.runAs(server, "admin", ADMIN_PASSWORD, "orgs", "list");

        assertThat(result.exitCode()).isEqualTo(2);
        assertThat(result.err().strip()).isEqualTo("castellan: cannot reach " + server + ": connection refused");
        assertThat(result.out()).isEmpty();
    }

    @Test
    void jsonOutputIsValidJson() {
        Organization org = fixtures.organization();

        CliRunner.Result listed = asAdmin("orgs", "list", "--output", "json");
        CliRunner.Result shown = asAdmin("orgs", "show", String.valueOf(org.id()), "-o", "json");

        assertThat(listed.exitCode()).as(listed.err()).isZero();
        JsonNode list = ApiClient.JSON.readTree(listed.out());
        assertThat(list.isArray()).isTrue();
        assertThat(list.valueStream().map(o -> o.path("code").asString())).contains(org.code());
        assertThat(ApiClient.JSON.readTree(shown.out()).path("id").asLong()).isEqualTo(org.id());
    }

    @Test
    void updateChangesOnlyTheGivenFields() {
        Organization org = fixtures.organization();

        CliRunner.Result updated = asAdmin("orgs", "update", String.valueOf(org.id()), "--time-zone", "Asia/Shanghai",
                "-o", "json");

        assertThat(updated.exitCode()).as(updated.err()).isZero();
        JsonNode after = ApiClient.JSON.readTree(updated.out());
        assertThat(after.path("timeZone").asString()).isEqualTo("Asia/Shanghai");
        assertThat(after.path("name").asString()).isEqualTo(org.name());
        assertThat(after.path("code").asString()).isEqualTo(org.code());
    }

    @Test
    void deleteRemovesTheOrganization() {
        Organization org = fixtures.organization();

        CliRunner.Result deleted = asAdmin("orgs", "delete", String.valueOf(org.id()));
        CliRunner.Result shown = asAdmin("orgs", "show", String.valueOf(org.id()));

        assertThat(deleted.exitCode()).as(deleted.err()).isZero();
        assertThat(deleted.out()).contains("Deleted organization " + org.id());
        assertThat(shown.exitCode()).isEqualTo(1);
    }

    @Test
    void unknownOptionIsAUsageErrorNotAServerOutage() {
        CliRunner.Result result = cli.run("orgs", "list", "--colour", "blue");

        assertThat(result.exitCode()).isEqualTo(64);
        assertThat(result.err()).contains("--colour");
    }

    private CliRunner.Result asAdmin(String... args) {
        return cli.runAs(baseUrl(), "admin", ADMIN_PASSWORD, args);
    }
}
