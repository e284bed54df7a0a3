package org.castellan.notify;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.castellan.users.NotificationContact;
import org.castellan.users.UserService;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;

/**
 * Sends {@link Notice}s of modem events to the users who asked for them (seed 004 §5.4, §5.5, §11): an e-mail to
 * each recipient with an address when SMTP is configured ({@code spring.mail.host}), an SMS (the subject) to each
 * with a phone when a GSM modem is ({@link SmsGateway}). Each message is a delivery of the {@link Outbox}, so it is
 * retried by the {@link DeliveryWorker} and shows in the delivery log like any other notification.
 *
 * <p><b>Threading:</b> thread-safe; {@link #send} returns once the deliveries are recorded.
 */
@Service
public class NotificationService {
    private final UserService users;
    private final MessageSource messages;
    private final Outbox outbox;
    private final MailSender mail;
    private final SmsSender sms;

    NotificationService(UserService users, MessageSource messages, Outbox outbox, MailSender mail, SmsSender sms) {
        this.users = users;
        this.messages = messages;
        this.outbox = outbox;
        this.mail = mail;
        this.sms = sms;
    }

    /**
     * Records a message to each of the organization's recipients, in their language.
     *
     * @return the ids of the recorded deliveries
     */
    public List<Long> send(Notice notice) {
        List<NotificationContact> recipients = users.modemEventRecipients(notice.orgId());
        boolean mailing = mail.configured();
        boolean texting = sms.configured();
        List<Long> deliveries = new ArrayList<>();
        for (NotificationContact to : recipients) {
            Locale locale = Locale.forLanguageTag(to.locale());
            String subject = messages.getMessage(notice.subjectKey(), notice.arguments().toArray(), locale);
            String body = messages.getMessage(notice.bodyKey(), notice.arguments().toArray(), locale);
            if (to.email() != null && mailing) {
                deliveries.add(outbox.enqueue(message(notice, ChannelKind.EMAIL, to.email(), to, subject, body)));
            }
            if (to.phone() != null && texting) {
                deliveries.add(outbox.enqueue(message(notice, ChannelKind.SMS, to.phone(), to, subject, subject)));
            }
        }
        return deliveries;
    }

    private static Message message(Notice notice, ChannelKind channel, String address, NotificationContact to,
                                   String subject, String body) {
        return new Message(notice.orgId(), channel, address, to.userId(), subject, body,
                Map.of("notice", notice.subjectKey()), null, null, null);
    }
}
