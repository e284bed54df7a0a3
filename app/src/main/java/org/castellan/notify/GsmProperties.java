package org.castellan.notify;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The local GSM modem ({@code castellan.gsm.*}, seed 004 §5.4): an AT-command modem such as the iRZ MC52iT on a
 * serial port (or behind ser2net), used for SMS notifications and to wake GPRS modems. None when {@code port} is
 * empty.
 *
 * @param port        {@code serial:/dev/ttyUSB0?baud=115200} or {@code tcp://host:port}; empty for no modem
 * @param attempts    attempts per SMS or call before it fails
 * @param firstRetry  the pause before the second attempt (growing for later ones)
 * @param capacity    jobs that may wait; more are refused
 */
@Validated
@ConfigurationProperties("castellan.gsm")
public record GsmProperties(
        String port,
        @Min(1) @Max(10) @DefaultValue("3") int attempts,
        @NotNull @DefaultValue("10s") Duration firstRetry,
        @Min(1) @DefaultValue("1000") int capacity) {

    /** @return whether a modem is configured */
    public boolean configured() {
        return port != null && !port.isBlank();
    }
}
