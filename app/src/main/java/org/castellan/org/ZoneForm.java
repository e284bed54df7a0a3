package org.castellan.org;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** What a person enters to create or change a zone. */
public record ZoneForm(@NotBlank @Size(max = 200) String name, @Size(max = 1000) String description) {

    public static ZoneForm of(Zone zone) {
        return new ZoneForm(zone.name(), zone.description());
    }

    public static ZoneForm empty() {
        return new ZoneForm("", "");
    }
}
