package org.castellan.notify;

import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * SMS through the local GSM modem ({@link SmsGateway}, {@code castellan.gsm.port}). The body is sent; the GSM outbox
 * splits long texts and retries on its own, so one delivery attempt waits up to {@value #WAIT_MINUTES} minutes for
 * the modem's verdict. Without a modem every SMS fails at once as not configured.
 *
 * <p><b>Threading:</b> thread-safe.
 */
@Component
class SmsSender implements ChannelSender {
    private static final long WAIT_MINUTES = 3;

    private final ObjectProvider<SmsGateway> gateway;

    SmsSender(ObjectProvider<SmsGateway> gateway) {
        this.gateway = gateway;
    }

    @Override
    public ChannelKind kind() {
        return ChannelKind.SMS;
    }

    boolean configured() {
        return gateway.getIfAvailable() != null;
    }

    @Override
    public void send(Outgoing outgoing) throws DeliveryException {
        SmsGateway sms = gateway.getIfAvailable();
        if (sms == null) {
            throw DeliveryException.permanent("no GSM modem is configured (castellan.gsm.port)");
        }
        Delivery d = outgoing.delivery();
        String text = d.body() == null || d.body().isBlank() ? d.subject() : d.body();
        try {
            sms.send(d.address(), text).get(WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw DeliveryException.retry("GSM modem: " + (cause.getMessage() == null ? cause : cause.getMessage()));
        } catch (TimeoutException e) {
            throw DeliveryException.retry("GSM modem: no verdict within " + Duration.ofMinutes(WAIT_MINUTES));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DeliveryException.retry("interrupted while the GSM modem was sending");
        }
    }
}
