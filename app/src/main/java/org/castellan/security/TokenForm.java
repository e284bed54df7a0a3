package org.castellan.security;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** A new token: a name to recognise it by, and an optional lifetime in days (empty: until revoked). */
public record TokenForm(@NotBlank @Size(max = 100) String name, @Min(1) @Max(3650) Integer validDays) {
    public static TokenForm empty() {
        return new TokenForm("", null);
    }
}
