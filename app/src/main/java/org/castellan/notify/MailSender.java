package org.castellan.notify;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;

/**
 * E-mail over SMTP through Spring's {@link JavaMailSender} ({@code spring.mail.host}, port, user, password; TLS as
 * described in {@link NotifyProperties}). Subject and body are UTF-8, so Cyrillic and Chinese text arrive intact.
 * Without {@code spring.mail.host} every e-mail fails at once as not configured.
 *
 * <p><b>Threading:</b> thread-safe (each call builds its own message).
 */
@Component("mailChannel")
class MailSender implements ChannelSender {
    private final ObjectProvider<JavaMailSender> mail;
    private final NotifyProperties properties;

    MailSender(ObjectProvider<JavaMailSender> mail, NotifyProperties properties) {
        this.mail = mail;
        this.properties = properties;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.EMAIL;
    }

    boolean configured() {
        return mail.getIfAvailable() != null;
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryException {
        JavaMailSender mailer = mail.getIfAvailable();
        if (mailer == null) {
            throw DeliveryException.permanent("e-mail is not configured (spring.mail.host)");
        }
        Delivery d = outgoing.delivery();
        try {
            MimeMessage message = mailer.createMimeMessage();
            MimeMessageHelper helper = new MimeMessageHelper(message, StandardCharsets.UTF_8.name());
            helper.setFrom(properties.from());
            helper.setTo(d.address());
            helper.setSubject(d.subject());
            helper.setText(d.body());
            mailer.send(message);
        } catch (MessagingException e) {
            throw DeliveryException.permanent("bad e-mail message: " + e.getMessage());
        } catch (MailException e) {
            throw DeliveryException.retry("SMTP: " + e.getMessage());
        }
    }
}
