package org.castellan.security;

import jakarta.validation.constraints.NotBlank;
import org.castellan.platform.KnownTimeZone;

/** A person's own page language and time zone, from the profile page. */
public record PreferencesForm(@NotBlank String locale, @NotBlank @KnownTimeZone String timeZone) {
}
