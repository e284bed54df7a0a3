package org.castellan.dispatch;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.castellan.events.EventJournal;
import org.castellan.events.EventSeverity;
import org.castellan.events.NewEvent;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.Role;
import org.castellan.testsupport.Browser;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The dispatch screen in Chromium: the live feed, its filters, the site tree. */
class DispatchBrowserTest extends IntegrationTest {
    private static ChromeDriver browser;

    @Autowired
    EventJournal journal;

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
    void aNewEventAppearsInTheConnectedConsoleWithinASecondAndTheSiteFilterHoldsOthersBack() {
        Organization org = fixtures.organization();
        Site boiler = fixtures.site(org);
        Site other = fixtures.site(org);
        logIn(fixtures.user(Set.of(Role.DISPATCHER), org).username());
        new Select(browser.findElement(By.cssSelector("[data-test=live-filters] select[name=siteId]")))
                .selectByValue(String.valueOf(boiler.id()));
        browser.findElement(By.cssSelector("[data-test=live-filters] button[type=submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("table[data-stream*='siteId=" + boiler.id() + "'][data-live=open]")));

        journal.submit(NewEvent.of(org.id(), Instant.now(), "device.offline", EventSeverity.WARNING,
                "Насосная №2: нет связи").place(other.id(), null)).join();
        journal.submit(NewEvent.of(org.id(), Instant.now(), "device.offline", EventSeverity.WARNING,
                "Котельная №3: нет связи").place(boiler.id(), null)).join();
        long sent = System.nanoTime();
        new WebDriverWait(browser, Duration.ofSeconds(1), Duration.ofMillis(20)).until(
                ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-stream] tbody"),
                        "Котельная №3: нет связи"));
        assertThat(Duration.ofNanos(System.nanoTime() - sent)).isLessThan(Duration.ofSeconds(1));
        assertThat(browser.findElement(By.cssSelector("table[data-stream] tbody")).getText())
                .as("an event of another site is held back by the filter").doesNotContain("Насосная");
        Browser.screenshot(browser, "dispatch-live-filtered");
    }

    @Test
    void aNewCriticalAlarmCuesTheDispatcherAndIsAcknowledgedFromThePanel() {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        logIn(fixtures.user(Set.of(Role.DISPATCHER), org).username());
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#alarm-panel")));
        String title = browser.getTitle();

        // duress at the gate: the alarm rules raise a critical alarm from the event
        journal.submit(NewEvent.of(org.id(), Instant.now(), "access.duress", EventSeverity.CRITICAL,
                "Тревожная ладонь: проходная 1").place(site.id(), null)).join();
        wait.until(ExpectedConditions.attributeToBeNotEmpty(browser.findElement(By.tagName("body")),
                "data-critical-cue"));
        wait.until(d -> d.getTitle().startsWith("\u26A0"));
        assertThat(browser.getTitle()).isNotEqualTo(title);
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("#alarm-panel tr.sev-CRITICAL [data-test=acknowledge]")));
        String tree = browser.findElement(By.cssSelector("[data-test=site-tree]")).getText();
        assertThat(tree).contains(site.name());
        Browser.screenshot(browser, "dispatch-critical-alarm");

        browser.findElement(By.cssSelector("#alarm-panel tr.sev-CRITICAL [data-test=acknowledge]")).click();
        wait.until(ExpectedConditions.invisibilityOfElementLocated(
                By.cssSelector("#alarm-panel tr.sev-CRITICAL [data-test=acknowledge]")));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.presenceOfElementLocated(
                By.cssSelector("[data-test=site-tree] li[data-status=ALARM]")));
    }

    @Test
    void theSiteTreeListsTheOrganizationsSitesWithAStatusColour() {
        Organization org = fixtures.organization();
        Site site = fixtures.site(org);
        logIn(fixtures.user(Set.of(Role.DISPATCHER), org).username());
        String tree = browser.findElement(By.cssSelector("[data-test=site-tree]")).getText();
        assertThat(tree).contains(org.name()).contains(site.name());
        assertThat(browser.findElements(By.cssSelector("[data-test=site-tree] li[data-status=EMPTY] .status-dot")))
                .isNotEmpty();
    }

    private void logIn(String username) {
        browser.manage().deleteAllCookies();
        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(username);
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15)).until(ExpectedConditions.urlContains("/dispatch"));
    }
}
