package org.castellan.events;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The journal's batched writer ({@code castellan.events.*}).
 *
 * @param buffer     events held in memory while they wait for the database; when full, producers wait
 *                   (back-pressure) and {@code castellan.events.buffer.full} counts it
 * @param batch      events written per statement at most
 * @param retryLimit the longest pause between attempts while the database is unavailable (pauses grow to it)
 */
@Validated
@ConfigurationProperties("castellan.events")
public record EventProperties(
        @Min(1) @DefaultValue("50000") int buffer,
        @Min(1) @Max(10000) @DefaultValue("1000") int batch,
        @NotNull @DefaultValue("5s") Duration retryLimit) {
}
