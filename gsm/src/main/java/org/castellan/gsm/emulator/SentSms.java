package org.castellan.gsm.emulator;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.castellan.gsm.pdu.Alphabet;

/**
 * A message the emulated modem "sent": all its parts arrived and were joined.
 *
 * @param number     the destination as the PDU gave it ({@code +} before international numbers)
 * @param text       the whole text
 * @param parts      how many PDUs carried it
 * @param references the {@code +CMGS} message references the modem answered, one per part
 * @param alphabet   GSM 7 bit or UCS-2
 * @param sentAt     when the last part arrived, by the emulator's clock
 */
public record SentSms(String number, String text, int parts, List<Integer> references, Alphabet alphabet,
        Instant sentAt) {
    public SentSms {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(text, "text");
        references = List.copyOf(references);
        Objects.requireNonNull(alphabet, "alphabet");
        Objects.requireNonNull(sentAt, "sentAt");
    }
}
