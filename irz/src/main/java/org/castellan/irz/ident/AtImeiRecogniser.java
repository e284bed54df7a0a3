package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.raw.BytePattern;

/**
 * Recognises the iRZ {@code AT$IMEI=…\n} line (irz-modem.md §1), split over any number of segments, and answers with
 * the greeting (§2) when the policy says so.
 *
 * @param maxLineLength  the longest line accepted including its {@code \n}; a longer one, or no newline within it, is
 *                       {@link RejectReason#TOO_LONG} (real lines are about 150 characters, 250 with {@code MOD=SRV…})
 * @param greetingPolicy which modems are greeted (an <b>open</b> point of §2; see {@link GreetingPolicy})
 * @param greeting       writes the greeting with the gateway's clock
 * @param rawStrip       what to cut out of a raw-mode modem's stream (the keep-alive of §4, by default)
 */
public record AtImeiRecogniser(int maxLineLength, GreetingPolicy greetingPolicy, GreetingCodec greeting,
                               List<BytePattern> rawStrip) implements Recogniser {

    /** Default {@link #maxLineLength()}. */
    public static final int DEFAULT_MAX_LINE = 512;

    private static final byte[] PREFIX = AtImeiLine.PREFIX.getBytes(StandardCharsets.US_ASCII);

    /** @throws IllegalArgumentException if the line limit cannot hold even the prefix and an IMEI */
    public AtImeiRecogniser {
        if (maxLineLength < PREFIX.length + 15 || maxLineLength > 4096) {
            throw new IllegalArgumentException("maxLineLength: expected 23–4096, found " + maxLineLength);
        }
        Objects.requireNonNull(greetingPolicy, "greetingPolicy");
        Objects.requireNonNull(greeting, "greeting");
        rawStrip = List.copyOf(rawStrip);
    }

    /** @return line limit 512, greeting for COLPROT modems only, raw mode strips {@code B5 BC BD BE BF} */
    public static AtImeiRecogniser defaults(Clock clock) {
        return new AtImeiRecogniser(DEFAULT_MAX_LINE, GreetingPolicy.COLPROT_ONLY, new GreetingCodec(clock),
                List.of(BytePattern.IRZ_KEEP_ALIVE));
    }

    @Override
    public Recognition examine(byte[] buf, int len, RecognitionContext context) {
        for (int i = 0; i < Math.min(len, PREFIX.length); i++) {
            if (buf[i] != PREFIX[i]) {
                return Recognition.NOT_MINE;
            }
        }
        int newline = indexOf(buf, Math.min(len, maxLineLength), (byte) '\n');
        if (newline < 0) {
            return len >= maxLineLength
                    ? invalid(RejectReason.TOO_LONG, "identification line: expected \\n within " + maxLineLength
                            + " bytes, found none")
                    : Recognition.NEED_MORE;
        }
        String line = new String(buf, 0, newline, StandardCharsets.ISO_8859_1);
        try {
            ModemIdentity identity = AtImeiLine.parse(line);
            Framing framing = identity.colprotVersion().<Framing>map(Framing.Colprot::new)
                    .orElseGet(() -> new Framing.Raw(rawStrip));
            byte[] reply = greetingPolicy.greets(identity.usesColprot())
                    ? greeting.format(new Greeting.DataMode()) : new byte[0];
            return new Recognition.Match(newline + 1, identity, framing, reply, new byte[0]);
        } catch (IrzDecodingException e) {
            RejectReason reason = e.field().equals(AtImeiLine.IMEI_KEY) ? RejectReason.BAD_ID : RejectReason.MALFORMED;
            return invalid(reason, e.getMessage());
        }
    }

    private static Recognition invalid(RejectReason reason, String detail) {
        return new IdentificationResult.Rejected(reason, detail, new byte[0]);
    }

    private static int indexOf(byte[] buf, int len, byte b) {
        for (int i = 0; i < len; i++) {
            if (buf[i] == b) {
                return i;
            }
        }
        return -1;
    }
}
