package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SequencedMap;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.SignalQuality;

/**
 * The identification line of iRZ ATM modems (irz-modem.md §1):
 * <pre>
 * AT$IMEI=&lt;imei&gt;,PSW=5492,TYP=ATM,DEV=ATM31,VER=01,REV=03,BLD=016.353,HDW=2.0,SIM=0,CSQ=17[,COLPROT=1.3],
 *     ATP=1.1,INT=485+232[,CHN=&lt;n&gt;][,MOD=SRV,IP=&lt;ip&gt;,PORT=&lt;port&gt;],\n
 * </pre>
 * Pure functions over one complete line; {@link AtImeiRecogniser} finds the line in a stream.
 *
 * <p>Lenient where the document is silent: the trailing comma and a {@code \r} before the {@code \n} are optional, a
 * token without {@code =} is kept as a key with an empty value, and a repeated key keeps its first value. Strict where
 * sessions depend on it: the IMEI and {@code CHN}.
 */
public final class AtImeiLine {

    /** What every identification line starts with. */
    public static final String PREFIX = "AT$IMEI=";
    /** The map key the IMEI is stored under (the line itself has no key for it). */
    public static final String IMEI_KEY = "IMEI";

    private AtImeiLine() {
    }

    /**
     * Splits a line (without its {@code \n}) into its ordered key → value pairs, the IMEI first.
     *
     * @throws IrzDecodingException if the line does not start with {@code AT$IMEI=}, holds a character outside
     *                              printable ASCII, or has an empty key
     */
    public static SequencedMap<String, String> parseFields(String line) throws IrzDecodingException {
        String body = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (!body.startsWith(PREFIX)) {
            throw new IrzDecodingException("identification line", PREFIX + "…", quote(body));
        }
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (c < 0x20 || c > 0x7E) {
                throw new IrzDecodingException("identification line character " + i, "printable ASCII",
                        String.format("0x%02X", (int) c));
            }
        }
        String[] tokens = body.substring(PREFIX.length()).split(",", -1);
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put(IMEI_KEY, tokens[0]);
        for (int i = 1; i < tokens.length; i++) {
            String token = tokens[i];
            if (token.isEmpty()) {
                continue; // the trailing comma, or an empty slot
            }
            int eq = token.indexOf('=');
            String key = eq < 0 ? token : token.substring(0, eq);
            if (key.isEmpty()) {
                throw new IrzDecodingException("key of token " + i, "KEY=VALUE", quote(token));
            }
            fields.putIfAbsent(key, eq < 0 ? "" : token.substring(eq + 1));
        }
        return fields;
    }

    /**
     * Reads the typed fields out of a parsed line.
     *
     * @throws IrzDecodingException with field {@code IMEI} if it is not 14–17 digits, with field {@code CHN} if the
     *                              channel is not a number 0–9999
     */
    public static ModemIdentity toIdentity(SequencedMap<String, String> fields) throws IrzDecodingException {
        String imei = fields.getOrDefault(IMEI_KEY, "");
        if (!IdKind.IMEI.accepts(imei)) {
            throw new IrzDecodingException(IMEI_KEY, "14–17 digits", quote(imei));
        }
        String chn = fields.get("CHN");
        int channel = 0;
        if (chn != null) {
            if (!chn.matches("\\d{1,4}")) {
                throw new IrzDecodingException("CHN", "a channel number 0–9999", quote(chn));
            }
            channel = Integer.parseInt(chn);
        }
        String colprot = fields.get("COLPROT");
        // COLPROT=0 is read as "not encapsulated": a version of 0 cannot name a framing (§1 lists 1.2 and 1.3).
        Optional<String> version = colprot == null || colprot.isEmpty() || colprot.equals("0")
                ? Optional.empty() : Optional.of(colprot);
        return new ModemIdentity(DeviceId.imei(imei), channel, smallNumber(fields.get("SIM")),
                signal(fields.get("CSQ")), version, fields);
    }

    /**
     * Parses a complete line into an identity.
     *
     * @throws IrzDecodingException see {@link #parseFields} and {@link #toIdentity}
     */
    public static ModemIdentity parse(String line) throws IrzDecodingException {
        return toIdentity(parseFields(line));
    }

    /**
     * Writes a line as a modem sends it: {@code AT$IMEI=<imei>,K=V,…,\n}, the pairs in map order.
     *
     * @param fields must hold {@code IMEI}; keys and values must not contain {@code ,} {@code =} or line breaks
     * @throws IllegalArgumentException if they do
     */
    public static byte[] format(Map<String, String> fields) {
        String imei = fields.get(IMEI_KEY);
        if (imei == null) {
            throw new IllegalArgumentException("fields: expected an IMEI entry, found keys " + fields.keySet());
        }
        StringBuilder line = new StringBuilder(PREFIX).append(checked(imei)).append(',');
        for (Map.Entry<String, String> e : fields.entrySet()) {
            if (!e.getKey().equals(IMEI_KEY)) {
                line.append(checked(e.getKey())).append('=').append(checked(e.getValue())).append(',');
            }
        }
        return line.append('\n').toString().getBytes(StandardCharsets.US_ASCII);
    }

    private static String checked(String text) {
        if (!text.matches("[\\x20-\\x7E&&[^,=]]*")) {
            throw new IllegalArgumentException("identification field: expected printable ASCII without , or =, found "
                    + quote(text));
        }
        return text;
    }

    private static OptionalInt smallNumber(String value) {
        return value != null && value.matches("\\d{1,3}") ? OptionalInt.of(Integer.parseInt(value))
                : OptionalInt.empty();
    }

    /** A CSQ outside 0–31/99 is kept only as text in the fields: a garbled signal value must not lock a modem out. */
    private static Optional<SignalQuality> signal(String value) {
        OptionalInt n = smallNumber(value);
        return n.isPresent() && SignalQuality.isValid(n.getAsInt())
                ? Optional.of(new SignalQuality(n.getAsInt())) : Optional.empty();
    }

    static String quote(String text) {
        return '"' + (text.length() > 60 ? text.substring(0, 60) + "…" : text) + '"';
    }
}
