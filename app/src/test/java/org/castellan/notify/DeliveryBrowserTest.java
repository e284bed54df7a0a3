package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
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

/**
 * In a real headless Chromium an administrator sends a test message to a webhook nobody answers, sees it fail in
 * the delivery log with its reason, and retries it.
 */
class DeliveryBrowserTest extends IntegrationTest {
    private static ChromeDriver browser;

    @Autowired
    EndpointService endpoints;
    @Autowired
    DeliveryWorker worker;
    @Autowired
    DeliveryService deliveries;
    @Autowired
    NotifyProperties properties;

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
    void anAdministratorSendsATestMessageSeesItFailWithTheReasonAndRetriesIt() {
        Organization org = fixtures.organization();
        User admin = fixtures.user(Set.of(Role.ADMIN), org);
        Endpoint hook = endpoints.create(CurrentUser.system(), new EndpointForm(org.id(), ChannelKind.WEBHOOK,
                "Диспетчерская 调度", "http://127.0.0.1:9/nobody", null, "0123456789abcdef0123", true));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));

        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(admin.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));
        browser.get(baseUrl() + "/notifications/endpoints?lang=en&orgId=" + org.id());
        assertThat(browser.findElement(By.cssSelector("table[data-test=endpoints]")).getText())
                .contains("Диспетчерская 调度").contains("…0123");
        browser.findElement(By.cssSelector("tr[data-endpoint='" + hook.id() + "'] [data-test=test]")).click();
        wait.until(ExpectedConditions.urlContains("/notifications/deliveries"));
        assertThat(browser.findElement(By.cssSelector("[data-test=notice]")).getText())
                .isEqualTo("A test message is queued; its outcome shows below.");

        long id = deliveries.deliveries(CurrentUser.system(), new DeliveryFilter(org.id(), null, null, 1)).get(0).id();
        await().atMost(Duration.ofSeconds(15))
                .until(() -> deliveries.delivery(CurrentUser.system(), id).status() == DeliveryStatus.RETRYING);
        for (int attempt = 2; attempt <= properties.attempts(); attempt++) {
            worker.attempt(id, deliveries.delivery(CurrentUser.system(), id).nextAttemptAt());
        }
        browser.navigate().refresh();
        By row = By.cssSelector("tr[data-delivery='" + id + "']");
        assertThat(browser.findElement(row).getText()).contains("Диспетчерская 调度").contains("Castellan test message");
        assertThat(browser.findElement(row).findElement(By.cssSelector("[data-test=status]")).getText()).isEqualTo("Failed");
        assertThat(browser.findElement(row).findElement(By.cssSelector("[data-test=reason]")).getText())
                .contains("cannot connect to 127.0.0.1:9");
        Browser.screenshot(browser, "deliveries-en");

        browser.findElement(row).findElement(By.cssSelector("[data-test=retry]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("[data-test=notice]"), "The delivery is queued again."));
        assertThat(deliveries.delivery(CurrentUser.system(), id).status())
                .isIn(DeliveryStatus.QUEUED, DeliveryStatus.RETRYING);
    }
}
