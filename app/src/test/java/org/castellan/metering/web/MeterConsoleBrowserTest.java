package org.castellan.metering.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Set;

import org.castellan.metering.ArchiveInterval;
import org.castellan.metering.ArchiveStore;
import org.castellan.metering.Meter;
import org.castellan.metering.MeterService;
import org.castellan.metering.PollPlan;
import org.castellan.metering.PollPlanForm;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.tem106.emulator.MeterProfile;
import org.castellan.tem106.emulator.TcpEmulator;
import org.castellan.tem106.emulator.VirtualMeter;
import org.castellan.testsupport.Browser;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The meter pages in a real headless Chromium against an emulated TEM-106 over TCP: an engineer registers the meter
 * through the form, presses "Read now (hourly)" on its page and watches the live progress reach done and the archive
 * table fill, without reloading the page.
 */
class MeterConsoleBrowserTest extends IntegrationTest {
    private static final ZoneId MOSCOW = ZoneId.of("Europe/Moscow");
    private static final int ADDRESS = 11;
    private static ChromeDriver browser;

    @Autowired
    MeterService meters;
    @Autowired
    ArchiveStore archive;

    private TcpEmulator emulator;

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
    void stopEmulator() throws Exception {
        if (emulator != null) {
            emulator.close();
        }
    }

    @Test
    void anEngineerRegistersAMeterReadsItsHourlyArchiveAndSeesItArrive() throws Exception {
        emulator = TcpEmulator.startOnLoopback(new VirtualMeter(MeterProfile.defaults().withAddress(ADDRESS)
                .withStart(LocalDateTime.now(MOSCOW)).withHistory(Duration.ofDays(2)), Clock.systemUTC()), 0);
        Organization org = fixtures.organization();
        User engineer = fixtures.user(Set.of(Role.ENGINEER), org);
        PollPlan plan = meters.createPlan(fixtures.caller(engineer), new PollPlanForm(org.id(),
                fixtures.unique("Сутки "), null, null, 24, null, null, null, null, null, null, false, 3, null, null,
                null));
        String name = fixtures.unique("ИТП ");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(engineer.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));
        browser.get(baseUrl() + "/meters/new?lang=en");
        browser.findElement(By.name("name")).sendKeys(name);
        new Select(browser.findElement(By.name("connection"))).selectByValue("TCP");
        assertThat(browser.findElement(By.name("serialPort")).isDisplayed()).as("serial fields hidden for TCP").isFalse();
        browser.findElement(By.name("host")).sendKeys("127.0.0.1");
        browser.findElement(By.name("port")).sendKeys(String.valueOf(emulator.port()));
        browser.findElement(By.name("address")).clear();
        browser.findElement(By.name("address")).sendKeys(String.valueOf(ADDRESS));
        new Select(browser.findElement(By.name("planId"))).selectByValue(String.valueOf(plan.id()));
        browser.findElement(By.cssSelector("[data-test=save]")).click();
        wait.until(ExpectedConditions.urlMatches(".*/meters/\\d+$"));
        long id = Long.parseLong(browser.getCurrentUrl().replaceAll(".*/meters/", ""));
        Meter meter = meters.meter(fixtures.caller(engineer), id);
        assertThat(meter.name()).isEqualTo(name);
        assertThat(meter.port()).isEqualTo(emulator.port());

        wait.until(d -> d.findElement(By.id("meter-page")).getAttribute("data-live") != null
                && "open".equals(d.findElement(By.id("meter-page")).getAttribute("data-live")));
        assertThat(browser.findElements(By.cssSelector("#archive tr[data-period]"))).isEmpty();
        browser.findElement(By.cssSelector("[data-test=read-hourly]")).click();

        wait.until(d -> "DONE".equals(d.findElement(By.id("read-progress")).getAttribute("data-state"))
                && d.findElement(By.id("read-progress")).getText().contains("HOURLY"));
        wait.until(d -> d.findElements(By.cssSelector("#archive tr[data-period]")).size() == 24);
        assertThat(browser.getCurrentUrl()).as("the page stayed").endsWith("/meters/" + id);
        assertThat(browser.findElement(By.cssSelector("#read-progress progress")).getAttribute("value"))
                .isEqualTo(browser.findElement(By.cssSelector("#read-progress progress")).getAttribute("max"));
        assertThat(archive.counts(id).get(ArchiveInterval.HOURLY)).isEqualTo(24);
        wait.until(d -> !d.findElements(By.cssSelector("#jobs tr[data-state=DONE]")).isEmpty());
        wait.until(d -> d.findElements(By.cssSelector("[data-test=chart-temperatures] svg polyline.series-t1"))
                .size() > 0);
        assertThat(browser.findElement(By.cssSelector("[data-test=chart-temperatures] svg")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.cssSelector("[data-test=chart-energy] svg")).isDisplayed()).isTrue();
        Browser.screenshot(browser, "meter-page");
        browser.executeScript("arguments[0].scrollIntoView()", browser.findElement(By.cssSelector(".charts")));
        Browser.screenshot(browser, "meter-charts");
    }
}
