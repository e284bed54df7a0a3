package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.castellan.CastellanApplication;
import org.castellan.demo.DemoContext;
import org.castellan.demo.DemoFleet;
import org.castellan.demo.DemoSeeder;
import org.castellan.devices.DeviceFilter;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceState;
import org.castellan.devices.DeviceService;
import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.ArchiveStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterService;
import org.castellan.org.OrgService;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.TestDatabase;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** {@code castellan demo}: organization, users, fleet, banner — and a second start on the same data. */
class DemoTest {
    static final List<DemoContext> FLEET_STARTS = new ArrayList<>();
    /** The demo meter on a line that never answers. */
    private static final String SILENT_METER = "МКД ул. Пушкина, 10";
    /** 5 pieces of equipment, 3 + 14 modems, 20 heat meters. */
    private static final int DEVICES = 42;
    private final HttpClient http = HttpClient.newHttpClient();

    @Configuration(proxyBeanMethods = false)
    static class TestFleets {
        @Bean
        DemoFleet recordingFleet() {
            return new DemoFleet() {
                @Override
                public List<String> describe() {
                    return List.of("recording test fleet");
                }

                @Override
                public void start(DemoContext context) {
                    FLEET_STARTS.add(context);
                }
            };
        }

        @Bean
        DemoFleet brokenFleet() {
            return new DemoFleet() {
                @Override
                public List<String> describe() {
                    return List.of("broken fleet");
                }

                @Override
                public void start(DemoContext context) {
                    throw new IllegalStateException("emulator port taken");
                }
            };
        }
    }

    @Test
    void demoBuildsItsOrganizationStartsTheFleetAndPrintsCredentialsThatWork() throws Exception {
        String url = TestDatabase.createDatabase("demo");
        String[] args = {"--server.port=0", "--castellan.db.url=" + url, "--castellan.db.user=" + TestDatabase.user(),
                "--castellan.db.password=" + TestDatabase.password(), "--castellan.data.dir=target/demo-test",
                "--castellan.gateway.host=127.0.0.1", "--castellan.gateway.ports=0",
                "--castellan.gateway.shared-poller-port=0", "--castellan.gateway.poller-port-base=0"};

        Map<String, String> firstLogins;
        try (ConfigurableApplicationContext demo = start(args)) {
            String banner = banner(demo);
            String port = demo.getEnvironment().getProperty("local.server.port");
            assertThat(banner).contains("http://localhost:" + port + "/").contains("recording test fleet")
                    .doesNotContain("broken fleet");
            firstLogins = demo.getBean(DemoSeeder.class).credentials().users();
            assertThat(firstLogins).containsKeys("admin", "dispatcher", "engineer", "timekeeper", "viewer");
            firstLogins.forEach((user, password) -> assertThat(banner).contains(user).contains(password));
            assertThat(status(port, "dispatcher", firstLogins.get("dispatcher"))).isEqualTo(200);
            assertThat(status(port, "admin", firstLogins.get("admin"))).isEqualTo(200);
            var equipment = demo.getBean(DeviceService.class).devices(CurrentUser.system(),
                    new DeviceFilter(FLEET_STARTS.getFirst().organization().id(), null, null,
                            null, null));
            assertThat(equipment).as("5 pieces of equipment, 3 + 14 modems, 20 heat meters").hasSize(DEVICES)
                    .allSatisfy(d -> assertThat(d.siteId()).isNotNull());
            assertThat(banner).contains("5 registered pieces of security equipment")
                    .contains("3 iRZ modems with TEM-106 meters").contains("20 TEM-106 heat meters");
            long orgId = FLEET_STARTS.getFirst().organization().id();
            org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).untilAsserted(() ->
                    assertThat(demo.getBean(DeviceService.class).devices(CurrentUser.system(),
                            new DeviceFilter(orgId, null, DeviceKind.MODEM, null, null)))
                            .as("the emulated modems connect to the gateway").hasSize(17)
                            .allSatisfy(d -> assertThat(d.state()).isEqualTo(DeviceState.ONLINE)));
            var modems = demo.getBean(org.castellan.modems.ModemService.class).modems(CurrentUser.system(),
                    new org.castellan.modems.ModemFilter(orgId, null, true, false, null));
            assertThat(modems).hasSize(17).filteredOn(m -> m.name().contains("heat meter")).hasSize(3)
                    .allSatisfy(m -> assertThat(new org.castellan.tem106.tool.Tem106Tool()
                    .identify("tcp://127.0.0.1:" + m.pollerPort(), 1).model())
                    .as("a poller reads the TEM-106 meter behind %s", m.name()).isEqualTo("TEMC106"));
            assertDemoMetersAreRead(demo, orgId);
            assertThat(FLEET_STARTS).singleElement().satisfies(c -> {
                assertThat(c.organization().code()).isEqualTo(DemoSeeder.ORG_CODE);
                assertThat(c.sites()).hasSize(3);
                assertThat(c.zone("Heat substation").siteId()).isEqualTo(c.site("Boiler House No. 3").id());
            });
        }

        try (ConfigurableApplicationContext again = start(args)) {
            String port = again.getEnvironment().getProperty("local.server.port");
            var orgs = again.getBean(OrgService.class).organizations(CurrentUser.system());
            assertThat(orgs).filteredOn(o -> o.code().equals(DemoSeeder.ORG_CODE)).singleElement().satisfies(demoOrg ->
                    assertThat(again.getBean(DeviceService.class).devices(CurrentUser.system(),
                            new DeviceFilter(demoOrg.id(), null, null, null, null)))
                            .as("a restart registers nothing twice").hasSize(DEVICES));
            Map<String, String> secondLogins = again.getBean(DemoSeeder.class).credentials().users();
            assertThat(status(port, "dispatcher", secondLogins.get("dispatcher"))).isEqualTo(200);
            assertThat(status(port, "dispatcher", firstLogins.get("dispatcher"))).isEqualTo(401);
        }
    }

    /**
     * Within a minute every demo meter but the one on the silent line is identified, has current values from a clock
     * that runs ahead of ours, hourly records, and the daily records of the whole previous month (a statement's worth);
     * the silent one has a read error and no model.
     */
    private static void assertDemoMetersAreRead(ConfigurableApplicationContext demo, long orgId) {
        MeterService meters = demo.getBean(MeterService.class);
        ArchiveStore archive = demo.getBean(ArchiveStore.class);
        assertThat(meters.meters(CurrentUser.system(), orgId, null)).hasSize(20);
        org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(60)).untilAsserted(() -> {
            List<Meter> all = meters.meters(CurrentUser.system(), orgId, null);
            assertThat(all).filteredOn(m -> !m.name().equals(SILENT_METER)).hasSize(19).allSatisfy(m -> {
                assertThat(m.model()).as("%s identified", m.name()).isEqualTo("TEMC106");
                assertThat(m.clockOffsetSeconds()).as("%s: the fast clock runs ahead", m.name()).isPositive();
                assertThat(archive.newest(m.id(), ArchiveInterval.HOURLY, 1)).as("%s hourly", m.name()).hasSize(1);
                java.time.LocalDate month = m.meterNow(java.time.Instant.now()).toLocalDate().withDayOfMonth(1)
                        .minusMonths(1);
                assertThat(archive.entries(m.id(), ArchiveInterval.DAILY, month.atStartOfDay(),
                        month.plusMonths(1).minusDays(1).atStartOfDay()))
                        .as("%s: every day of %s", m.name(), month).hasSize(month.lengthOfMonth());
            });
            assertThat(all).filteredOn(m -> m.name().equals(SILENT_METER)).singleElement().satisfies(m -> {
                assertThat(m.model()).isNull();
                assertThat(m.lastError()).contains("no reply");
            });
        });
    }

    private static ConfigurableApplicationContext start(String[] args) {
        SpringApplication app = new SpringApplication(CastellanApplication.class, TestFleets.class);
        app.setAdditionalProfiles("demo");
        return app.run(args);
    }

    private static String banner(ConfigurableApplicationContext context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        DemoCommand.printBanner(context, new PrintStream(out, true, StandardCharsets.UTF_8));
        return out.toString(StandardCharsets.UTF_8);
    }

    private int status(String port, String user, String password) throws Exception {
        String basic = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/me"))
                .header("Authorization", "Basic " + basic).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
