package org.castellan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.castellan.platform.KnownTimeZone;

/** What a person enters to create or change an organization (console form and API body alike). */
public record OrganizationForm(
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,32}", message = "{validation.code}") String code,
        @NotBlank @KnownTimeZone String timeZone) {

    public static OrganizationForm of(Organization org) {
        return new OrganizationForm(org.name(), org.code(), org.timeZone());
    }

    public static OrganizationForm empty() {
        return new OrganizationForm("", "", "UTC");
    }
}
