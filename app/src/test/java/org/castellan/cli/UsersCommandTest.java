package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;

class UsersCommandTest extends IntegrationTest {

    @Test
    void createdUserLogsInWithThePasswordFromTheEnvironment() {
        Organization org = fixtures.organization();
        String username = fixtures.unique("dispatcher");
        CliRunner cli = CliRunner.script(Map.of("CASTELLAN_NEW_PASSWORD", "new-password-123"));

        CliRunner.Result created = cli.runAs(baseUrl(), "admin", ADMIN_PASSWORD, "users", "create",
                "--username", username, "--display-name", "Иван Петров", "--role", "dispatcher", "--role", "VIEWER",
                "--org", String.valueOf(org.id()), "--locale", "ru", "--time-zone", "Europe/Moscow");
        CliRunner.Result whoami = cli.runAs(baseUrl(), username, "new-password-123", "whoami");

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(created.out()).contains("Иван Петров").doesNotContain("new-password-123");
        assertThat(whoami.exitCode()).as(whoami.err()).isZero();
        assertThat(whoami.out()).contains(username).contains("DISPATCHER");
    }

    @Test
    void createdUserGetsThePasswordTypedTwiceAtTheTerminal() {
        Organization org = fixtures.organization();
        String username = fixtures.unique("viewer");

        CliRunner.Result created = CliRunner.terminal("typed-password-1", "typed-password-1").runAs(baseUrl(), "admin",
                ADMIN_PASSWORD, "users", "create", "--username", username, "--display-name", "V", "--role", "VIEWER",
                "--org", String.valueOf(org.id()));

        assertThat(created.exitCode()).as(created.err()).isZero();
        assertThat(HttpApi.basic(baseUrl(), username, "typed-password-1").get("/api/v1/me").status()).isEqualTo(200);
    }

    @Test
    void scriptWithoutNewPasswordIsRefusedAndCreatesNothing() {
        Organization org = fixtures.organization();
        String username = fixtures.unique("nopassword");

        CliRunner.Result refused = CliRunner.script().runAs(baseUrl(), "admin", ADMIN_PASSWORD, "users", "create",
                "--username", username, "--display-name", "N", "--role", "VIEWER", "--org", String.valueOf(org.id()));

        assertThat(refused.exitCode()).isEqualTo(ExitCodes.USAGE);
        assertThat(refused.err()).contains("CASTELLAN_NEW_PASSWORD");
        assertThat(HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD).get("/api/v1/users").body()).doesNotContain(username);
    }

    @Test
    void disabledUserCannotLogInUntilEnabledAgain() {
        Organization org = fixtures.organization();
        User user = fixtures.user(Set.of(Role.VIEWER), org);
        CliRunner cli = CliRunner.script();
        String id = String.valueOf(user.id());

        CliRunner.Result disabled = cli.runAs(baseUrl(), "admin", ADMIN_PASSWORD, "users", "disable", id);
        int whileDisabled = cli.runAs(baseUrl(), user.username(), Fixtures.PASSWORD, "whoami").exitCode();
        CliRunner.Result enabled = cli.runAs(baseUrl(), "admin", ADMIN_PASSWORD, "users", "enable", id);
        int afterEnabled = cli.runAs(baseUrl(), user.username(), Fixtures.PASSWORD, "whoami").exitCode();

        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        assertThat(disabled.out()).containsPattern("enabled\\s+false");
        assertThat(whileDisabled).isEqualTo(1);
        assertThat(enabled.exitCode()).as(enabled.err()).isZero();
        assertThat(afterEnabled).isZero();
    }

    @Test
    void scopedAdministratorDisablesAUserWhoAlsoWorksElsewhere() {
        Organization mine = fixtures.organization();
        Organization other = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), mine);
        User colleague = fixtures.user(Set.of(Role.VIEWER), mine, other);

        CliRunner.Result disabled = CliRunner.script().runAs(baseUrl(), admin.username(), Fixtures.PASSWORD,
                "users", "disable", String.valueOf(colleague.id()), "-o", "json");

        assertThat(disabled.exitCode()).as(disabled.err()).isZero();
        var after = ApiClient.JSON.readTree(disabled.out());
        assertThat(after.path("enabled").asBoolean()).isFalse();
        assertThat(after.path("orgIds").valueStream().map(n -> n.asLong())).containsExactlyInAnyOrder(mine.id(), other.id());
    }
}
