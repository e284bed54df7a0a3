package org.castellan.modems;

/**
 * What the modem list is filtered by; nulls mean any.
 *
 * @param pending true for pending modems only, false for registered only
 * @param q       part of the IMEI, name, phone or ICCID
 */
public record ModemFilter(Long orgId, Long siteId, Boolean online, Boolean pending, String q) {
    public static ModemFilter all() {
        return new ModemFilter(null, null, null, null, null);
    }
}
