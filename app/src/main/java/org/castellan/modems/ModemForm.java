package org.castellan.modems;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * What a person enters to register a modem (identified by its IMEI, or by the identifier its registration packet
 * carries when the listening port uses generic registration) and to change it. The IMEI and channel are the
 * modem's identity and cannot change; a new poller port takes effect when the gateway restarts (pollers are
 * configured with the old one until then).
 */
public record ModemForm(
        @NotBlank @Pattern(regexp = "[0-9A-Za-z._-]{1,64}", message = "{validation.imei}") String imei,
        @Min(0) @Max(99999) Integer channel,
        @NotNull Long orgId,
        Long siteId,
        Long zoneId,
        @Size(max = 200) String name,
        @Pattern(regexp = "\\+?[0-9]{5,15}", message = "{validation.phone}") String phone,
        @Size(max = 50) String model,
        @Min(1024) @Max(65535) Integer pollerPort,
        Sharing sharing,
        @Size(max = 500) String notes) {

    public ModemForm {
        imei = imei == null ? null : imei.replaceAll("[\\s-]", "");
        channel = channel == null ? 0 : channel;
        phone = phone == null || phone.isBlank() ? null : phone.replaceAll("[\\s()-]", "");
        model = blankToNull(model);
        name = blankToNull(name);
        notes = blankToNull(notes);
        sharing = sharing == null ? Sharing.TURNS : sharing;
    }

    /** @return the form of an existing modem, for editing */
    public static ModemForm of(Modem m) {
        return new ModemForm(m.imei(), m.channel(), m.orgId(), m.siteId(), null, m.name(), m.phone(), m.model(),
                m.pollerPort(), m.sharing(), m.notes());
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.trim();
    }
}
