package org.castellan.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.castellan.org.Organization;
import org.castellan.platform.Role;
import org.castellan.testsupport.Browser;
import org.castellan.testsupport.Fixtures;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.User;
import org.castellan.users.UserForm;
import org.castellan.users.UserService;
import org.castellan.platform.CurrentUser;
import org.springframework.beans.factory.annotation.Autowired;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The shift handover in a real headless Chromium: one dispatcher confirms, another logs in and accepts. */
class DutyBrowserTest extends IntegrationTest {
    private static ChromeDriver browser;

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

    @Autowired
    UserService users;

    /** A dispatcher with a name of their own, so that the outgoing and incoming names can be told apart. */
    private User dispatcher(Organization org, String name) {
        return users.create(CurrentUser.system(), new UserForm(fixtures.unique("dispatcher"), name, Fixtures.PASSWORD,
                Set.of(Role.DISPATCHER), Set.of(org.id()), false, "en", "UTC", true));
    }

    private void logIn(User user, WebDriverWait wait) {
        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(user.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));
    }

    private static String text(String testId) {
        return browser.findElement(By.cssSelector("[data-test=" + testId + "]")).getText();
    }

    @Test
    void theOutgoingDispatcherConfirmsAndTheIncomingOneAccepts() {
        Organization org = fixtures.organization();
        User anna = dispatcher(org, "Анна Петрова");
        User boris = dispatcher(org, "王伟");
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        logIn(anna, wait);
        browser.findElement(By.cssSelector("[data-nav='/duty']")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=start-shift]"))).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=entry-form]")));
        new Select(browser.findElement(By.name("kind"))).selectByValue("INSPECTION");
        browser.findElement(By.name("text")).sendKeys("Machine room 23 °C, hosts running");
        browser.findElement(By.cssSelector("[data-test=add-entry]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=entries]"),
                "Machine room 23 °C"));
        browser.findElement(By.cssSelector("[data-test=confirm-note]")).sendKeys("Gate 3 sticks");
        browser.findElement(By.cssSelector("[data-test=confirm-handover]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=cancel-handover]")));
        Browser.screenshot(browser, "duty-confirmed-en");
        browser.findElement(By.cssSelector("[data-test=logout]")).click();
        wait.until(ExpectedConditions.urlContains("/login"));

        logIn(boris, wait);
        browser.get(baseUrl() + "/duty");
        assertThat(text("pending-handover")).contains(anna.displayName()).contains("Gate 3 sticks");
        browser.findElement(By.cssSelector("[data-test=accept-note]")).sendKeys("Taken over");
        browser.findElement(By.cssSelector("[data-test=accept-handover]")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector("[data-test=notice]"),
                "You accepted the shift."));
        Browser.screenshot(browser, "duty-accepted-en");
        assertThat(browser.findElements(By.cssSelector("[data-test=confirm-handover]"))).hasSize(1);

        browser.findElement(By.cssSelector("[data-test=history-link]")).click();
        wait.until(ExpectedConditions.urlContains("/duty/history"));
        assertThat(text("handover")).contains("Accepted").contains("Gate 3 sticks").contains("Taken over");
        assertThat(text("outgoing")).isEqualTo(anna.displayName());
        assertThat(text("incoming")).isEqualTo(boris.displayName());
        assertThat(text("confirmed-at")).isNotEqualTo("—");
        assertThat(text("accepted-at")).isNotEqualTo("—");
        Browser.screenshot(browser, "duty-history-en");
    }
}
