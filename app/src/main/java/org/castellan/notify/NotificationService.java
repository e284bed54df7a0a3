package org.castellan.notify;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.castellan.users.NotificationContact;
import org.castellan.users.UserService;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Service;

/**
 * Sends {@link Notice}s of modem events to the users who asked for them (seed 004 §5.4, §5.5, §11): an e-mail to
 * each recipient with an address when SMTP is configured ({@code spring.mail.host}), an SMS to each with a phone
 * when a GSM modem is ({@link SmsGateway}). Delivery is asynchronous with up to three attempts per e-mail (the SMS
 * outbox retries on its own); counters {@code castellan.notify.sent} and {@code castellan.notify.failed} by channel.
 *
 * <p><b>Threading:</b> thread-safe; {@link #send} returns at once.
 */
@Service
public class NotificationService implements AutoCloseable {
    private static final Logger LOG = System.getLogger(NotificationService.class.getName());
    private static final int MAIL_ATTEMPTS = 3;

    private final UserService users;
    private final MessageSource messages;
    private final ObjectProvider<JavaMailSender> mail;
    private final ObjectProvider<SmsGateway> sms;
    private final MeterRegistry meters;
    private final String from;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    NotificationService(UserService users, MessageSource messages, ObjectProvider<JavaMailSender> mail,
                        ObjectProvider<SmsGateway> sms, MeterRegistry meters,
                        @Value("${castellan.notify.from:castellan@localhost}") String from) {
        this.users = users;
        this.messages = messages;
        this.mail = mail;
        this.sms = sms;
        this.meters = meters;
        this.from = from;
    }

    /**
     * Sends a notice to its organization's recipients.
     *
     * @return completes when every message was delivered or finally failed (never exceptionally)
     */
    public CompletableFuture<Void> send(Notice notice) {
        List<NotificationContact> recipients = users.modemEventRecipients(notice.orgId());
        JavaMailSender mailer = mail.getIfAvailable();
        SmsGateway texts = sms.getIfAvailable();
        List<CompletableFuture<Void>> deliveries = new java.util.ArrayList<>();
        for (NotificationContact to : recipients) {
            Locale locale = Locale.forLanguageTag(to.locale());
            String subject = messages.getMessage(notice.subjectKey(), notice.arguments().toArray(), locale);
            String body = messages.getMessage(notice.bodyKey(), notice.arguments().toArray(), locale);
            if (to.email() != null && mailer != null) {
                deliveries.add(CompletableFuture.runAsync(() -> mail(mailer, to, subject, body), senders));
            }
            if (to.phone() != null && texts != null) {
                deliveries.add(texts.send(to.phone(), subject)
                        .handle((ok, error) -> counted("sms", to, error)));
            }
        }
        return CompletableFuture.allOf(deliveries.toArray(CompletableFuture[]::new));
    }

    private void mail(JavaMailSender mailer, NotificationContact to, String subject, String body) {
        Exception last = null;
        for (int attempt = 1; attempt <= MAIL_ATTEMPTS; attempt++) {
            try {
                MimeMessage message = mailer.createMimeMessage();
                MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
                helper.setFrom(from);
                helper.setTo(to.email());
                helper.setSubject(subject);
                helper.setText(body);
                mailer.send(message);
                counted("mail", to, null);
                return;
            } catch (Exception e) {
                last = e;
                if (attempt < MAIL_ATTEMPTS) {
                    sleep(Duration.ofSeconds(attempt * 2L));
                }
            }
        }
        counted("mail", to, last);
    }

    private Void counted(String channel, NotificationContact to, Throwable error) {
        if (error == null) {
            meters.counter("castellan.notify.sent", "channel", channel).increment();
        } else {
            meters.counter("castellan.notify.failed", "channel", channel).increment();
            LOG.log(Level.WARNING, "{0} to user {1} failed: {2}", channel, to.username(), error.toString());
        }
        return null;
    }

    private static void sleep(Duration d) {
        try {
            Thread.sleep(d);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        senders.shutdownNow();
    }
}
