package org.castellan.duty;

import jakarta.validation.constraints.NotNull;
import java.time.Duration;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * The duty log's settings ({@code castellan.duty.*}).
 *
 * @param shiftLength    planned length of a shift; DB33/T 830 §4.4.1.1 asks for 24-hour duty
 * @param orgShiftLength per organization id, a length that differs (e.g. {@code castellan.duty.org-shift-length.7=12h})
 */
@Validated
@ConfigurationProperties("castellan.duty")
public record DutyProperties(@NotNull @DefaultValue("24h") Duration shiftLength, Map<Long, Duration> orgShiftLength) {
    public DutyProperties {
        if (shiftLength.isNegative() || shiftLength.isZero()) {
            throw new IllegalArgumentException("castellan.duty.shift-length must be positive: " + shiftLength);
        }
        orgShiftLength = orgShiftLength == null ? Map.of() : Map.copyOf(orgShiftLength);
        orgShiftLength.forEach((org, length) -> {
            if (length.isNegative() || length.isZero()) {
                throw new IllegalArgumentException("castellan.duty.org-shift-length." + org + " must be positive");
            }
        });
    }

    /** @return the planned shift length in the organization */
    public Duration shiftLength(long orgId) {
        return orgShiftLength.getOrDefault(orgId, shiftLength);
    }
}
