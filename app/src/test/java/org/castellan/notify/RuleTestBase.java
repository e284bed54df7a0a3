package org.castellan.notify;

import org.castellan.testsupport.IntegrationTest;
import org.castellan.users.UserService;
import org.springframework.beans.factory.annotation.Autowired;

/** What the notification rule tests share: the services, the recording outbox and a fresh {@link RuleScenario}. */
abstract class RuleTestBase extends IntegrationTest {
    @Autowired
    UserService users;
    @Autowired
    NotificationRules notificationRules;
    @Autowired
    NotificationRuleService service;
    @Autowired
    RecordingOutbox outbox;
    @Autowired
    Escalations escalations;

    RuleScenario scenario() {
        return new RuleScenario(fixtures, users, notificationRules, service, outbox);
    }
}
