package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.SequencedMap;
import org.castellan.irz.Hex;
import org.castellan.irz.raw.BytePattern;

/**
 * Recognises the length-prefixed IMEI: {@code 00 0F} followed by 15 ASCII digits; the server answers {@code 01} to
 * accept and {@code 00} to reject (irz-modem.md §6).
 *
 * @param rawStrip what to cut out of the raw stream that follows (none by default: this convention is not iRZ's, so
 *                 the iRZ keep-alive is not assumed)
 */
public record LengthPrefixedImeiRecogniser(List<BytePattern> rawStrip) implements Recogniser {

    /** The answer that accepts the device. */
    public static final byte ACCEPT = 0x01;
    /** The answer that rejects the device. */
    public static final byte REJECT = 0x00;

    private static final int IMEI_LENGTH = 15;

    /** Copies the list. */
    public LengthPrefixedImeiRecogniser {
        rawStrip = List.copyOf(rawStrip);
    }

    /** @return a recogniser whose raw stream is passed on untouched */
    public static LengthPrefixedImeiRecogniser plain() {
        return new LengthPrefixedImeiRecogniser(List.of());
    }

    @Override
    public Recognition examine(byte[] buf, int len, RecognitionContext context) {
        if ((len > 0 && buf[0] != 0x00) || (len > 1 && buf[1] != IMEI_LENGTH)) {
            return Recognition.NOT_MINE;
        }
        if (len < 2 + IMEI_LENGTH) {
            return Recognition.NEED_MORE;
        }
        String imei = new String(buf, 2, IMEI_LENGTH, StandardCharsets.ISO_8859_1);
        if (!IdKind.IMEI.accepts(imei)) {
            return new IdentificationResult.Rejected(RejectReason.BAD_ID, "length-prefixed IMEI: expected 15 ASCII digits, found "
                    + Hex.format(buf, 2, IMEI_LENGTH), new byte[] {REJECT});
        }
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put(AtImeiLine.IMEI_KEY, imei);
        return new Recognition.Match(2 + IMEI_LENGTH, ModemIdentity.of(DeviceId.imei(imei), fields),
                new Framing.Raw(rawStrip), new byte[] {ACCEPT}, new byte[] {REJECT});
    }
}
