package org.castellan.modems.sheet;

import org.castellan.modems.Sharing;
import java.util.Objects;

/**
 * One modem of the list, as read from a sheet (every field checked) or as handed to {@link ModemSheets#write}.
 *
 * <p>Optional values are {@code null} when absent: {@code organization}, {@code site}, {@code phone},
 * {@code model}, {@code pollerPort} (none assigned: the gateway picks one), {@code notes}. {@code name} is never
 * {@code null} (a sheet without one gives the IMEI), nor is {@code sharing} (default {@link Sharing#TURNS}).
 *
 * @param line         the row number as a spreadsheet shows the file, header included (the XLSX row; the CSV
 *                     record, which is the text line too unless a quoted field above holds a line break); 0 for
 *                     rows not read from a file; ignored by {@code write}
 * @param imei         15 digits with a valid Luhn check digit
 * @param channel      0–9 (the iRZ {@code CHN} of a modem that opens several connections)
 * @param name         at most 100 characters
 * @param organization an organization's name, resolved by the caller
 * @param site         a site's name within that organization, resolved by the caller
 * @param phone        the SIM's number, {@code +} and 7–15 digits or a national number of 6–15 digits
 * @param model        at most 50 characters
 * @param pollerPort   1024–65535
 * @param sharing      the sharing policy of the modem's poller port
 * @param notes        at most 500 characters
 */
public record ModemRow(int line, String imei, int channel, String name, String organization, String site,
        String phone, String model, Integer pollerPort, Sharing sharing, String notes) {

    public ModemRow {
        Objects.requireNonNull(imei, "imei");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sharing, "sharing");
    }
}
