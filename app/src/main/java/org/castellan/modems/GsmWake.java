package org.castellan.modems;

import java.util.concurrent.CompletableFuture;
import org.castellan.notify.LocalModem;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.stereotype.Component;

/**
 * Wakes modems through the local GSM modem: a call that rings for {@code castellan.gateway.wake.ring}, or the
 * wake-up SMS of the modem's model (irz-modem.md §5: the exact trigger is model-specific, so both are configurable).
 */
@Component
@ConditionalOnExpression("!'${castellan.gsm.port:}'.isBlank()")
class GsmWake implements WakeChannel {
    private final LocalModem modem;
    private final GatewayProperties.Wake wake;

    GsmWake(LocalModem modem, GatewayProperties properties) {
        this.modem = modem;
        this.wake = properties.wake();
    }

    @Override
    public CompletableFuture<String> wake(String phone, String model) {
        if (wake.method() == GatewayProperties.WakeMethod.SMS) {
            String text = wake.textFor(model);
            return modem.send(phone, text).thenApply(done -> "SMS \"" + text + "\" sent to " + phone);
        }
        return modem.call(phone, wake.ring()).thenApply(call -> "called " + phone + " for "
                + call.duration().toSeconds() + " s" + call.remoteEnd().map(end -> " (" + end + ")").orElse(""));
    }
}
