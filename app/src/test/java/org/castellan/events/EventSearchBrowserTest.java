package org.castellan.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.castellan.org.Organization;
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
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;

/** The event search page in Chromium: search by words in Russian, page to older events. */
class EventSearchBrowserTest extends IntegrationTest {
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
    void aDispatcherFindsEventsByWordsAndPagesToOlderOnes() {
        Organization org = fixtures.organization();
        String dispatcher = fixtures.user(Set.of(Role.DISPATCHER), org).username();
        String word = fixtures.unique("котельная").replace("-", "");
        Instant t0 = Instant.now().minusSeconds(3_600);
        for (int i = 0; i < 120; i++) {
            journal.submit(NewEvent.of(org.id(), t0.plusSeconds(i), "test.search", EventSeverity.INFO,
                    "Котельная " + word + " №" + i));
        }
        journal.submit(NewEvent.of(org.id(), t0, "test.search", EventSeverity.INFO, "Насосная, не то")).join();
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(dispatcher);
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));

        browser.findElement(By.cssSelector("nav.main-nav a[data-nav='/events']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=event-filters]")));
        browser.findElement(By.name("q")).sendKeys(word.toUpperCase());
        browser.findElement(By.cssSelector("[data-test=event-filters] button[type=submit]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-test=events]"),
                "№119"));
        assertThat(browser.findElements(By.cssSelector("table[data-test=events] tbody tr"))).hasSize(100);
        assertThat(browser.findElement(By.cssSelector("table[data-test=events]")).getText())
                .doesNotContain("Насосная");
        Browser.screenshot(browser, "events-search");

        browser.findElement(By.cssSelector("[data-test=next-page]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("table[data-test=events]"),
                "№0"));
        assertThat(browser.findElements(By.cssSelector("table[data-test=events] tbody tr"))).hasSize(20);
        assertThat(browser.findElements(By.cssSelector("[data-test=next-page]"))).isEmpty();
    }
}
