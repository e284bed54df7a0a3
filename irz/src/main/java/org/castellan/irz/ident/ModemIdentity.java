package org.castellan.irz.ident;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.SequencedMap;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.castellan.irz.SignalQuality;

/**
 * Who a connection belongs to, as the device said when it connected (irz-modem.md §1). Immutable.
 *
 * @param id             the device identifier (the IMEI for iRZ modems)
 * @param channel        the {@code CHN} value, 0 when absent: one modem may hold several connections, one per channel
 *                       and poller port, so sessions are keyed by (id, channel)
 * @param simSlot        the active SIM slot ({@code SIM}), when sent as a number
 * @param signal         the signal quality ({@code CSQ}), when sent as a valid value
 * @param colprotVersion the {@code COLPROT} version ("1.2", "1.3") when the modem uses encapsulated frames
 * @param fields         every {@code KEY=VALUE} pair in the order sent, unknown keys included; the identifier itself is
 *                       the first entry ({@code IMEI} for the {@code AT$IMEI=} line)
 */
public record ModemIdentity(DeviceId id, int channel, OptionalInt simSlot, Optional<SignalQuality> signal,
                            Optional<String> colprotVersion, SequencedMap<String, String> fields) {

    /** Keys whose values {@link #toString()} does not print. */
    private static final Set<String> SECRET_KEYS = Set.of("PSW");

    /** @throws IllegalArgumentException if the channel is negative */
    public ModemIdentity {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(simSlot, "simSlot");
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(colprotVersion, "colprotVersion");
        if (channel < 0) {
            throw new IllegalArgumentException("channel: expected 0 or more, found " + channel);
        }
        fields = Collections.unmodifiableSequencedMap(new LinkedHashMap<>(fields));
    }

    /** @return an identity with nothing but an identifier, on channel 0 (length-prefixed IMEI, registration packets) */
    public static ModemIdentity of(DeviceId id, SequencedMap<String, String> fields) {
        return new ModemIdentity(id, 0, OptionalInt.empty(), Optional.empty(), Optional.empty(), fields);
    }

    /** @return the value sent for {@code key}, e.g. {@code field("INT")} → {@code "485+232"} */
    public Optional<String> field(String key) {
        return Optional.ofNullable(fields.get(key));
    }

    /** @return whether the modem speaks COLPROT frames (its line carried {@code COLPROT=}) */
    public boolean usesColprot() {
        return colprotVersion.isPresent();
    }

    /** @return the model, {@code DEV} (e.g. "ATM31") */
    public Optional<String> model() {
        return field("DEV");
    }

    /** @return the device family, {@code TYP} (e.g. "ATM") */
    public Optional<String> deviceType() {
        return field("TYP");
    }

    /**
     * @return the firmware as {@code VER.REV build BLD, hardware HDW} from whichever of those keys were sent, e.g.
     *     {@code "01.03 build 016.353 hw 2.0"}; empty when none was sent
     */
    public Optional<String> firmware() {
        String text = Stream.of(
                        join(field("VER"), field("REV"), "."),
                        field("BLD").map(b -> "build " + b),
                        field("HDW").map(h -> "hw " + h))
                .flatMap(Optional::stream)
                .collect(Collectors.joining(" "));
        return text.isEmpty() ? Optional.empty() : Optional.of(text);
    }

    private static Optional<String> join(Optional<String> a, Optional<String> b, String separator) {
        if (a.isPresent() && b.isPresent()) {
            return Optional.of(a.get() + separator + b.get());
        }
        return a.or(() -> b);
    }

    /** Prints the fields with the modem password ({@code PSW}, also its SMS password) masked. */
    @Override
    public String toString() {
        String shown = fields.entrySet().stream()
                .map(e -> e.getKey() + '=' + (SECRET_KEYS.contains(e.getKey()) ? "****" : e.getValue()))
                .collect(Collectors.joining(","));
        return "ModemIdentity[" + id + ", channel " + channel + ", " + shown + ']';
    }
}
