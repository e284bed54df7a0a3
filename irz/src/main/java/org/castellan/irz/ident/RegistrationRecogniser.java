package org.castellan.irz.ident;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.SequencedMap;
import org.castellan.irz.Hex;
import org.castellan.irz.raw.BytePattern;

/**
 * Recognises a generic DTU registration packet (irz-modem.md §6), sent once after connect or as a prefix of every
 * packet, optionally with a custom heartbeat to strip from the raw stream.
 *
 * @param matcher   finds the packet (regex or hex template)
 * @param idKind    what the identifier in the packet is; it is checked against that kind's syntax
 * @param mode      once, or before every packet
 * @param heartbeat a custom heartbeat the device sends instead of data, to cut out of the stream
 */
public record RegistrationRecogniser(RegistrationMatcher matcher, IdKind idKind, Mode mode,
                                     Optional<BytePattern> heartbeat) implements Recogniser {

    /** The field the packet's text is kept under in {@link ModemIdentity#fields()}. */
    public static final String PACKET_KEY = "REG";

    /** When the device sends its registration packet. */
    public enum Mode {
        /** Once, right after connecting. */
        ONCE,
        /**
         * Before every packet. The exact bytes of the first packet are then cut out of the rest of the stream wherever
         * they occur, as a pattern: TCP does not keep the device's packet boundaries, so "at the start of each packet"
         * cannot be seen on the server. This assumes the device repeats the same bytes each time.
         */
        EVERY_PACKET
    }

    /** Validates non-null parts. */
    public RegistrationRecogniser {
        Objects.requireNonNull(matcher, "matcher");
        Objects.requireNonNull(idKind, "idKind");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(heartbeat, "heartbeat");
    }

    @Override
    public Recognition examine(byte[] buf, int len, RecognitionContext context) {
        return switch (matcher.match(buf, len)) {
            case RegistrationMatcher.Pending p when p == RegistrationMatcher.Pending.NEED_MORE -> Recognition.NEED_MORE;
            case RegistrationMatcher.Pending p -> Recognition.NOT_MINE;
            case RegistrationMatcher.Found found -> matched(buf, found);
        };
    }

    private Recognition matched(byte[] buf, RegistrationMatcher.Found found) {
        if (!idKind.accepts(found.id())) {
            return new IdentificationResult.Rejected(RejectReason.BAD_ID, "registration packet " + idKind + ": expected "
                    + idKind.syntax() + ", found \"" + found.id() + '"', new byte[0]);
        }
        byte[] packet = Arrays.copyOf(buf, found.length());
        List<BytePattern> strip = new ArrayList<>(2);
        heartbeat.ifPresent(strip::add);
        if (mode == Mode.EVERY_PACKET) {
            strip.add(BytePattern.of(packet));
        }
        SequencedMap<String, String> fields = new LinkedHashMap<>();
        fields.put(PACKET_KEY, printable(packet) ? new String(packet, StandardCharsets.US_ASCII) : Hex.format(packet));
        return new Recognition.Match(found.length(), ModemIdentity.of(new DeviceId(idKind, found.id()), fields),
                new Framing.Raw(strip), new byte[0], new byte[0]);
    }

    private static boolean printable(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0x20 || b > 0x7E) {
                return false;
            }
        }
        return true;
    }
}
