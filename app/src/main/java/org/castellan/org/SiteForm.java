package org.castellan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.castellan.platform.KnownTimeZone;

/** What a person enters to create or change a site; a blank time zone means the organization's. */
public record SiteForm(@NotBlank @Size(max = 200) String name, @Size(max = 500) String address,
                       @KnownTimeZone String timeZone) {

    public static SiteForm of(Site site) {
        return new SiteForm(site.name(), site.address(), site.timeZone());
    }

    public static SiteForm empty() {
        return new SiteForm("", "", "");
    }
}
