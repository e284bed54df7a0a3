package org.castellan.alarms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.Browser;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The alarms page in a real headless Chromium: acknowledging from the list, and a new alarm arriving live. */
class AlarmBrowserTest extends IntegrationTest {
    private static ChromeDriver browser;

    @Autowired
    AlarmService alarms;

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

    @Test
    void aDispatcherAcknowledgesAnAlarmFromTheList() {
        Organization org = fixtures.organization();
        Alarm alarm = raise(org, "device:1", "Door forced at gate 3");
        WebDriverWait wait = login(fixtures.user(Set.of(Role.DISPATCHER), org));

        browser.get(baseUrl() + "/alarms?lang=en");
        By row = By.cssSelector("tr[data-alarm='" + alarm.id() + "']");
        assertThat(browser.findElement(row).getText()).contains("Door forced at gate 3").contains("Not acknowledged");
        browser.findElement(row).findElement(By.cssSelector("[data-test=acknowledge]")).click();

        // the panel is swapped twice (the action's answer, then the reload its own alarm message triggers)
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(row).findElement(By.cssSelector("[data-test=state]")).getText()
                        .startsWith("Acknowledged"));
        assertThat(browser.findElements(By.cssSelector("tr[data-alarm='" + alarm.id() + "'] [data-test=acknowledge]")))
                .isEmpty();
        assertThat(alarms.alarm(CurrentUser.system(), alarm.id()).acknowledged()).isTrue();
        Browser.screenshot(browser, "alarms-en");
    }

    @Test
    void aNewAlarmAppearsInTheOpenPanelWithoutReloading() {
        Organization org = fixtures.organization();
        raise(org, "device:1", "First alarm");
        WebDriverWait wait = login(fixtures.user(Set.of(Role.DISPATCHER), org));
        browser.get(baseUrl() + "/alarms?lang=en");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=active-alarms]"),
                "First alarm"));

        raise(org, "device:2", "Second alarm, live");

        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=active-alarms]"),
                "Second alarm, live"));
    }

    private WebDriverWait login(User user) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(user.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));
        return wait;
    }

    private Alarm raise(Organization org, String source, String title) {
        return alarms.raise(new AlarmSignal(org.id(), "test.kind", source, null, null, null, AlarmSeverity.CRITICAL,
                title, Map.of(), Instant.now()));
    }
}
