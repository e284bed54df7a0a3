package org.castellan.modems;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import org.castellan.irz.emulator.EmulatorConfig;
import org.castellan.irz.emulator.EmulatorFleet;
import org.castellan.irz.emulator.ModemEmulator;
import org.castellan.irz.emulator.SerialDevice;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Browser;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.Imeis;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The modems page in a real headless Chromium: a live emulated modem, its status, an output switched, an import. */
class ModemBrowserTest extends IntegrationTest {
    private static ChromeDriver browser;

    @Autowired
    GatewayNode gateway;

    final EmulatorFleet fleet = new EmulatorFleet();

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @AfterEach
    void closeFleet() {
        fleet.close();
    }

    @Test
    void anEngineerSeesTheModemOnlineSwitchesAnOutputAndImportsAList(@TempDir Path dir) throws Exception {
        Organization org = fixtures.organization();
        User engineer = fixtures.user(Set.of(Role.ENGINEER), org);
        String imei = Imeis.next();
        long id = HttpApi.basic(baseUrl(), engineer.username(), Fixtures.PASSWORD).post("/api/v1/modems",
                Map.of("imei", imei, "orgId", org.id(), "name", "Котельная №5")).json().path("id").asLong();
        ModemEmulator modem = fleet.add(EmulatorConfig.builder(new InetSocketAddress("127.0.0.1",
                gateway.modemPorts().get(0)), imei).field("DEV", "ATM31").build(), SerialDevice.silent());
        modem.connect().join();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(engineer.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));
        browser.get(baseUrl() + "/modems?lang=en");
        wait.until(d -> {
            d.navigate().refresh();
            return d.findElement(By.cssSelector("tr[data-imei='" + imei + "'] [data-test=online]")).getText()
                    .equals("Online");
        });
        assertThat(browser.findElement(By.cssSelector("tr[data-imei='" + imei + "']")).getText())
                .contains("Котельная №5").contains("localhost:");
        Browser.screenshot(browser, "modems-en");

        browser.findElement(By.cssSelector("tr[data-imei='" + imei + "'] a")).click();
        wait.until(ExpectedConditions.urlContains("/modems/" + id));
        browser.findElement(By.cssSelector("[data-test=send-command]")).click(); // the first choice: full status
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=command-result]")));
        assertThat(browser.findElement(By.cssSelector("[data-test=command-result]")).getText()).contains("CSQ 17");
        assertThat(browser.findElement(By.cssSelector("[data-test=gpio]")).getText()).isEqualTo("80 80 C0 C0");
        browser.findElement(By.cssSelector("[data-test=output-3]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=gpio]"), "80 80 C2 C0"));
        assertThat(modem.pinHigh(3)).isTrue();
        Browser.screenshot(browser, "modem-en");

        String other = Imeis.next();
        Path csv = dir.resolve("modems.csv");
        Files.writeString(csv, "IMEI;Название\n" + other + ";Насосная\n");
        browser.get(baseUrl() + "/modems/import");
        browser.findElement(By.name("file")).sendKeys(csv.toString());
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.name("orgId")))
                .selectByValue(String.valueOf(org.id()));
        browser.findElement(By.cssSelector("[data-test=run-import]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=import-summary]")));
        assertThat(browser.findElement(By.cssSelector("[data-test=import-summary]")).getText())
                .contains("1 modem(s) registered");
        browser.get(baseUrl() + "/modems?q=" + other);
        assertThat(browser.findElement(By.cssSelector("table[data-test=modems]")).getText()).contains("Насосная");
    }
}
