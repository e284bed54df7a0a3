package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.Set;
import org.castellan.devices.Device;
import org.castellan.devices.DeviceForm;
import org.castellan.devices.DeviceKind;
import org.castellan.devices.DeviceService;
import org.castellan.events.EventSeverity;
import org.castellan.notify.NotificationRule.Subject;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.Role;
import org.castellan.users.User;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Each recipient reads the message in their own language and time zone, with the site and device by name. */
class TemplateLanguageTest extends RuleTestBase {
    @Autowired
    DeviceService devices;

    @Test
    void oneAlarmIsWrittenInRussianEnglishAndChinesePerRecipient() {
        RuleScenario s = scenario();
        Site site = fixtures.site(s.org);
        Device meter = devices.create(CurrentUser.system(), new DeviceForm(s.org.id(), site.id(), null,
                DeviceKind.HEAT_METER, "Котельная №5", fixtures.unique("TEM-"), Map.of()));
        User ru = s.person(Set.of(Role.DISPATCHER), "ru@example.org", null, "ru", "Europe/Moscow");
        User en = s.person(Set.of(Role.DISPATCHER), "en@example.org", null, "en", "UTC");
        User zh = s.person(Set.of(Role.DISPATCHER), "zh@example.org", null, "zh", "Asia/Shanghai");
        s.rule(s.form(Subject.ALARMS).roles(Role.DISPATCHER).build());

        var raised = s.alarm("alarm.raised", RuleScenario.nextId(), "device.offline", EventSeverity.MAJOR,
                RuleScenario.T0, site.id());
        s.store(new org.castellan.events.Event(raised.id(), raised.orgId(), raised.occurredAt(), raised.recordedAt(),
                raised.type(), raised.severity(), meter.id(), null, site.id(), null, "alarms", "no answer 5 min",
                raised.data()));

        Map<Long, Message> byUser = s.sent().stream().collect(java.util.stream.Collectors.toMap(Message::userId, m -> m));
        assertThat(byUser.get(ru.id()).subject()).isEqualTo("[Серьёзная] Нет связи: Котельная №5 (" + site.name() + ")");
        assertThat(byUser.get(ru.id()).body()).contains("перестало отвечать в 2100-01-04 12:00");
        assertThat(byUser.get(en.id()).subject()).isEqualTo("[Major] Device offline: Котельная №5 (" + site.name() + ")");
        assertThat(byUser.get(en.id()).body()).contains("stopped responding at 2100-01-04 09:00. no answer 5 min");
        assertThat(byUser.get(zh.id()).subject()).isEqualTo("[重要] 设备离线：Котельная №5（" + site.name() + "）");
        assertThat(byUser.get(zh.id()).body()).contains("于 2100-01-04 17:00 停止响应");
    }

    @Test
    void aTypeWithoutItsOwnTemplateUsesTheGenericText() {
        RuleScenario s = scenario();
        User ru = s.person(Set.of(Role.DISPATCHER), "ru@example.org", null, "ru", "Europe/Moscow");
        s.rule(s.form(Subject.EVENTS).users(ru).build());

        s.store(s.event("attendance.punch", EventSeverity.INFO, RuleScenario.T0, null, null, Map.of()));

        assertThat(s.sent()).singleElement().satisfies(m -> {
            assertThat(m.subject()).isEqualTo("[Информация] attendance.punch — —");
            assertThat(m.body()).isEqualTo("attendance.punch: —, —, 2100-01-04 12:00. message of attendance.punch");
        });
    }

    @Test
    void escalationAndReminderTextsAreInTheRecipientsLanguage() {
        RuleScenario s = scenario();
        User ru = s.person(Set.of(Role.DISPATCHER), "ru@example.org", null, "ru", "Europe/Moscow");
        User zh = s.person(Set.of(Role.ADMIN), "zh@example.org", null, "zh", "Asia/Shanghai");
        s.rule(s.form(Subject.ALARMS).users(ru).reminder(30).step(5, zh).build());
        s.store(s.alarm("alarm.raised", RuleScenario.nextId(), "duress", EventSeverity.CRITICAL, RuleScenario.T0, null));

        escalations.fireDue(RuleScenario.T0.plusSeconds(30 * 60));

        assertThat(s.sent()).extracting(Message::subject).containsExactly(
                "[Критическая] ПРИНУЖДЕНИЕ: —",
                "升级通知（第 1 级）：[严重] 胁迫报警 — —",
                "Напоминание: [Критическая] Сигнал принуждения — —");
    }
}
