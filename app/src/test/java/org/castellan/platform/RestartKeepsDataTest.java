package org.castellan.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.castellan.CastellanApplication;
import org.castellan.org.OrgService;
import org.castellan.org.OrganizationForm;
import org.castellan.users.UserService;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** The default run: the embedded PostgreSQL under the data directory keeps everything across restarts. */
class RestartKeepsDataTest {

    @Test
    void dataSurvivesARestartOnTheEmbeddedDatabase() throws Exception {
        Path dataDir = Path.of("target", "restart-test-" + System.nanoTime()).toAbsolutePath();
        Files.createDirectories(dataDir);
        Files.setPosixFilePermissions(dataDir, PosixFilePermissions.fromString("rwxr-xr-x"));
        String[] args = {"--server.port=0", "--castellan.data.dir=" + dataDir,
                "--castellan.admin.password=restart-admin-password"};
        CurrentUser system = CurrentUser.system();

        long orgId;
        try (ConfigurableApplicationContext first = new SpringApplication(CastellanApplication.class).run(args)) {
            assertThat(first.getBean(DatabaseServer.class).description()).startsWith("embedded PostgreSQL");
            orgId = first.getBean(OrgService.class)
                    .createOrganization(system, new OrganizationForm("Теплосеть Северная", "TS-N", "Asia/Yekaterinburg"))
                    .id();
        }
        assertThat(dataDir.resolve("postgres/cluster/PG_VERSION")).exists();

        try (ConfigurableApplicationContext second = new SpringApplication(CastellanApplication.class).run(args)) {
            var org = second.getBean(OrgService.class).organization(system, orgId);
            assertThat(org.name()).isEqualTo("Теплосеть Северная");
            assertThat(org.timeZone()).isEqualTo("Asia/Yekaterinburg");
            UserService users = second.getBean(UserService.class);
            assertThat(users.users(system)).filteredOn(u -> u.username().equals("admin")).hasSize(1);
        }
    }
}
