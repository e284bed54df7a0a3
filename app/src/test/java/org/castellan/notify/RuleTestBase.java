package org.castellan.notify;

import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What the notification rule tests share: the services, the delivery log and a fresh {@link RuleScenario}. */
abstract class RuleTestBase extends IntegrationTest {
    @Autowired
    UserService users;
    @Autowired
    NotificationRules notificationRules;
    @Autowired
    NotificationRuleService service;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Escalations escalations;

    RuleScenario scenario() {
        return new RuleScenario(fixtures, users, notificationRules, service, jdbc);
    }
}
