package org.castellan.notify;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Notification delivery ({@code castellan.notify.*}). E-mail goes through Spring's {@code spring.mail.*} SMTP
 * settings; TLS is chosen there: STARTTLS with {@code spring.mail.properties.mail.smtp.starttls.enable=true} (and
 * {@code …starttls.required=true} to refuse a server without it), SMTPS (TLS from the first byte, port 465) with
 * {@code spring.mail.protocol=smtps}; no TLS by default.
 *
 * @param from        the e-mail sender address
 * @param attempts    attempts per delivery before it is FAILED
 * @param firstRetry  the pause after the first failed attempt; each later pause doubles
 * @param maxRetry    the longest pause between attempts
 * @param poll        how often the worker looks for due retries (new deliveries wake it at once)
 * @param lease       how long a node holds a claimed delivery; another node takes it over after that
 * @param mqtt        the MQTT broker endpoints publish to
 */
@Validated
@ConfigurationProperties("castellan.notify")
public record NotifyProperties(
        @NotBlank @DefaultValue("castellan@localhost") String from,
        @Min(1) @Max(20) @DefaultValue("5") int attempts,
        @NotNull @DefaultValue("30s") Duration firstRetry,
        @NotNull @DefaultValue("30m") Duration maxRetry,
        @NotNull @DefaultValue("1s") Duration poll,
        @NotNull @DefaultValue("5m") Duration lease,
        @Valid @NotNull @DefaultValue Mqtt mqtt) {

    /**
     * @param url       {@code tcp://host:1883} or {@code ssl://host:8883}; empty for no MQTT channel
     * @param username  optional
     * @param password  optional
     * @param clientId  the client id this node connects with (unique per node)
     */
    public record Mqtt(String url, String username, String password,
                       @NotBlank @DefaultValue("castellan") String clientId) {
        public boolean configured() {
            return url != null && !url.isBlank();
        }
    }

    /** @return the pause after {@code attempt} failed attempts: firstRetry · 2^(attempt-1), at most maxRetry */
    public Duration pauseAfter(int attempt) {
        Duration pause = firstRetry;
        for (int i = 1; i < attempt && pause.compareTo(maxRetry) < 0; i++) {
            pause = pause.multipliedBy(2);
        }
        return pause.compareTo(maxRetry) > 0 ? maxRetry : pause;
    }
}
