package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Set;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.testsupport.Browser;
import org.castellan.testsupport.Fixtures;
import org.castellan.users.User;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The rule form in a real headless Chromium: an administrator writes an alarm rule with an escalation step. */
class RuleBrowserTest extends RuleTestBase {
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

    @Test
    void anAdministratorWritesAnAlarmRuleWithAnEscalationStepAndDisablesIt() {
        RuleScenario s = scenario();
        User admin = s.person(Set.of(Role.ADMIN));
        User dispatcher = s.person(Set.of(Role.DISPATCHER));
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        browser.get(baseUrl() + "/login");
        browser.findElement(By.name("username")).sendKeys(admin.username());
        browser.findElement(By.name("password")).sendKeys(Fixtures.PASSWORD);
        browser.findElement(By.cssSelector("[data-test=login-submit]")).click();
        wait.until(ExpectedConditions.urlContains("/dispatch"));

        browser.get(baseUrl() + "/notifications/rules?lang=en");
        browser.findElement(By.cssSelector("[data-test=new-rule]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("rule-form")));
        browser.findElement(By.id("name")).sendKeys("Котельные — ночь");
        browser.findElement(By.id("kinds")).sendKeys("device.offline, meter.*");
        new Select(browser.findElement(By.id("minSeverity"))).selectByValue("MINOR");
        browser.findElement(By.cssSelector("input[name=channels][value=SMS]")).click();
        browser.findElement(By.cssSelector("input[name=userIds][value='" + dispatcher.id() + "']")).click();
        browser.findElement(By.id("graceSeconds")).clear();
        browser.findElement(By.id("graceSeconds")).sendKeys("30");
        browser.findElement(By.id("steps0.afterMinutes")).sendKeys("10");
        browser.findElement(By.cssSelector("input[name='steps[0].roles'][value=ADMIN]")).click();
        Browser.screenshot(browser, "notification-rule-form-en");
        browser.findElement(By.cssSelector("[data-test=save]")).click();

        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-test=notice]")));
        String row = browser.findElement(By.cssSelector("table[data-test=rules]")).getText();
        assertThat(row).contains("Котельные — ночь").contains("device.offline, meter.*").contains("Minor")
                .contains("E-mail, SMS").contains("1 escalation steps").contains("On");
        NotificationRule rule = service.rules(CurrentUser.system(), s.org.id()).get(0);
        assertThat(rule.userIds()).containsExactly(dispatcher.id());
        assertThat(rule.steps()).singleElement().satisfies(step -> assertThat(step.roles()).containsExactly(Role.ADMIN));

        browser.findElement(By.cssSelector("tr[data-rule='" + rule.id() + "'] [data-test=toggle]")).click();
        wait.until(ExpectedConditions.textToBe(By.cssSelector("tr[data-rule='" + rule.id() + "'] [data-test=state]"),
                "Off"));
        assertThat(service.rule(CurrentUser.system(), rule.id()).enabled()).isFalse();
    }
}
