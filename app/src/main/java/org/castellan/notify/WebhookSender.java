package org.castellan.notify;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.stereotype.Component;

/**
 * Webhooks: an HTTP POST of the {@link NotificationDocument} ({@code application/json}) to the endpoint's URL with
 * {@code X-Castellan-Timestamp} (epoch seconds), {@code X-Castellan-Signature: sha256=<lowercase hex
 * HMAC-SHA256(secret, timestamp + "." + body)>} and {@code X-Castellan-Delivery} (the delivery id, which stays the
 * same across retries so a receiver can drop duplicates). A 2xx answer is sent; anything else fails with the status
 * and the first {@value #ANSWER_SHOWN} characters of the answer. Connect and answer timeouts 10 s; redirects are
 * not followed (a receiver that moved must be changed, not guessed).
 *
 * <p><b>Threading:</b> thread-safe (one shared {@link HttpClient}).
 */
@Component
class WebhookSender implements ChannelSender {
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    private static final int ANSWER_SHOWN = 200;

    private final EndpointRepository endpoints;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(TIMEOUT)
            .followRedirects(HttpClient.Redirect.NEVER).build();

    WebhookSender(EndpointRepository endpoints, Clock clock) {
        this.endpoints = endpoints;
        this.clock = clock;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.WEBHOOK;
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryException {
        EndpointRepository.Target target = NotificationDocument.endpoint(endpoints, outgoing.delivery());
        Instant now = clock.instant();
        byte[] body = NotificationDocument.of(outgoing, now);
        String timestamp = Long.toString(now.getEpochSecond());
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(URI.create(target.url())).timeout(TIMEOUT)
                    .header("Content-Type", "application/json; charset=utf-8")
                    .header("X-Castellan-Timestamp", timestamp)
                    .header("X-Castellan-Signature", "sha256=" + signature(target.secret(), timestamp, body))
                    .header("X-Castellan-Delivery", Long.toString(outgoing.delivery().id()))
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        } catch (IllegalArgumentException e) {
            throw DeliveryException.permanent("bad webhook URL " + target.url() + ": " + e.getMessage());
        }
        HttpResponse<String> response = post(request);
        if (response.statusCode() / 100 != 2) {
            String answer = response.body() == null ? "" : response.body().strip();
            throw DeliveryException.retry("HTTP " + response.statusCode()
                    + (answer.isEmpty() ? "" : ": " + answer.substring(0, Math.min(ANSWER_SHOWN, answer.length()))));
        }
    }

    private HttpResponse<String> post(HttpRequest request) throws DeliveryException {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (java.net.http.HttpTimeoutException e) {
            throw DeliveryException.retry("no answer within " + TIMEOUT.toSeconds() + " s");
        } catch (java.net.ConnectException e) {
            throw DeliveryException.retry("cannot connect to " + request.uri().getAuthority());
        } catch (IOException e) {
            throw DeliveryException.retry(e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retry("interrupted");
        }
    }

    /** @return lowercase hex HMAC-SHA256 with key {@code secret} of {@code timestamp + "." + body} */
    static String signature(String secret, String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(mac.doFinal(body));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
