package org.castellan.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.castellan.org.Organization;
import org.castellan.platform.CurrentUser;
import org.castellan.testsupport.IntegrationTest;
import org.castellan.testsupport.TestGsm;
import org.castellan.testsupport.TestMail;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** E-mail and SMS deliveries leave through the real SMTP server and the GSM modem emulator and are logged as SENT. */
class DeliveryChannelsTest extends IntegrationTest {
    @Autowired
    Outbox outbox;
    @Autowired
    DeliveryService deliveries;

    Organization org;

    @BeforeEach
    void organization() {
        org = fixtures.organization();
    }

    Delivery delivery(long id) {
        return deliveries.delivery(CurrentUser.system(), id);
    }

    @Test
    void anEmailArrivesAtTheSmtpServerWithCyrillicAndChineseSubjectAndBodyIntact() throws Exception {
        String to = fixtures.unique("duty") + "@example.com";
        long id = outbox.enqueue(new Message(org.id(), ChannelKind.EMAIL, to, null, "Авария: 水泵 остановлен",
                "Насосная станция №2 — 水泵故障, требуется выезд.", Map.of(), null, null, null));

        await().atMost(Duration.ofSeconds(10)).until(() -> TestMail.to(to).size() == 1);
        MimeMessage mail = TestMail.to(to).get(0);
        assertThat(mail.getSubject()).isEqualTo("Авария: 水泵 остановлен");
        assertThat(((String) mail.getContent()).strip()).isEqualTo("Насосная станция №2 — 水泵故障, требуется выезд.");
        await().atMost(Duration.ofSeconds(5)).until(() -> delivery(id).status() == DeliveryStatus.SENT);
        assertThat(delivery(id).attempts()).isEqualTo(1);
        assertThat(delivery(id).sentAt()).isNotNull();
    }

    @Test
    void anSmsGoesThroughTheLocalGsmModemWithItsBody() {
        String phone = "+7901" + String.format("%07d", Math.floorMod(System.nanoTime(), 10_000_000L));
        long id = outbox.enqueue(new Message(org.id(), ChannelKind.SMS, phone, null, "subject",
                "Тепловой пункт 3: нет связи", Map.of(), null, null, null));

        await().atMost(Duration.ofSeconds(15)).until(() -> delivery(id).status() == DeliveryStatus.SENT);
        List<String> texts = TestGsm.modem().messages().stream().filter(m -> m.number().equals(phone))
                .map(m -> m.text()).toList();
        assertThat(texts).containsExactly("Тепловой пункт 3: нет связи");
    }

    @Test
    void aSuppressedMessageIsLoggedWithItsReasonAndNeverSent() {
        String to = fixtures.unique("quiet") + "@example.com";
        long id = outbox.suppressed(new Message(org.id(), ChannelKind.EMAIL, to, null, "night", "night",
                Map.of(), null, null, null), "quiet hours");

        Delivery suppressed = delivery(id);
        assertThat(suppressed.status()).isEqualTo(DeliveryStatus.SUPPRESSED);
        assertThat(suppressed.lastError()).isEqualTo("quiet hours");
        assertThat(suppressed.nextAttemptAt()).isNull();
        assertThat(TestMail.to(to)).isEmpty();
    }
}
