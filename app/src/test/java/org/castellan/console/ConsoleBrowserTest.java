package org.castellan.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.Organization;
import org.castellan.platform.LiveFeed;
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

/** The console in a real headless Chromium: log in, switch languages, see the navigation translated, log out. */
class ConsoleBrowserTest extends IntegrationTest {
    private static ChromeDriver browser;

    @Autowired
    EventJournal journal;
    @Autowired
    LiveFeed feed;

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
    void logInSwitchToChineseAndRussianSeeTheNavigationTranslatedAndLogOut() {
        Organization org = fixtures.organization();
        User dispatcher = fixtures.user(Set.of(Role.DISPATCHER), org);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));

        browser.get(baseUrl() + "/dispatch");
        wait.until(ExpectedConditions.urlContains("/login"));
        browser.findElement(By.name("username")).sendKeys(dispatcher.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));
        assertThat(nav("/dispatch")).isEqualTo("Dispatch");
        assertThat(nav("/admin")).isEqualTo("Administration");
        Browser.screenshot(browser, "dispatch-en");

        browser.findElement(By.cssSelector("[data-lang=zh]")).click();
        wait.until(d -> nav("/dispatch").equals("调度"));
        assertThat(nav("/devices")).isEqualTo("设备");
        assertThat(nav("/maintenance")).isEqualTo("运行维护");
        assertThat(nav("/admin")).isEqualTo("系统管理");
        Browser.screenshot(browser, "dispatch-zh");

        browser.findElement(By.cssSelector("[data-lang=ru]")).click();
        wait.until(d -> nav("/dispatch").equals("Диспетчерская"));
        assertThat(nav("/meters")).isEqualTo("Учёт тепла");
        assertThat(nav("/admin")).isEqualTo("Администрирование");
        browser.get(baseUrl() + "/devices");
        assertThat(nav("/devices")).as("the choice is kept with the user").isEqualTo("Устройства");
        Browser.screenshot(browser, "devices-ru");

        browser.get(baseUrl() + "/dispatch");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("table[data-stream]")));
        // the page subscribes to the live feed; once the server counts the subscriber, an event must appear as a row
        Awaitility.await().atMost(Duration.ofSeconds(10)).until(() -> feed.subscriberCount() > 0);
        journal.append(NewEvent.of(org.id(), Instant.now(), "device.offline", EventSeverity.WARNING,
                "Котельная №3: нет связи").source("test"));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-stream] tbody"),
                "Котельная №3: нет связи"));
        assertThat(browser.findElement(By.cssSelector("table[data-stream] tbody tr.live")).getText())
                .as("a live row reads like the others: severity in the page's language")
                .contains("Предупреждение").doesNotContain("WARNING");
        Browser.screenshot(browser, "dispatch-live-ru");

        browser.get(baseUrl() + "/no-such-page");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("404").contains("Не найдено");
        assertThat(nav("/dispatch")).as("an unknown URL keeps the console around it").isEqualTo("Диспетчерская");
        browser.get(baseUrl() + "/admin/orgs/999999999");
        assertThat(browser.findElement(By.tagName("h1")).getText()).contains("404");
        assertThat(nav("/devices")).as("a refused page keeps the navigation").isEqualTo("Устройства");

        browser.findElement(By.cssSelector("[data-test=logout]")).click();
        wait.until(ExpectedConditions.urlContains("/login?logout"));
        browser.get(baseUrl() + "/dispatch");
        wait.until(ExpectedConditions.urlContains("/login"));
        assertThat(browser.findElements(By.cssSelector("nav.main-nav"))).isEmpty();
    }

    private static String nav(String path) {
        return browser.findElement(By.cssSelector("nav.main-nav a[data-nav='" + path + "']")).getText();
    }
}
