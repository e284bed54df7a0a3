package org.castellan.irz.command;

import java.util.List;
import java.util.Objects;
import org.castellan.irz.Hex;
import org.castellan.irz.SignalQuality;

/** A modem's answer over frame type 0x0C (irz-modem.md §5), or the completion of a command that has none. */
public sealed interface CommandAnswer {

    /**
     * {@code @01}: the signal level.
     *
     * @param quality CSQ and dBm
     */
    record Signal(SignalQuality quality) implements CommandAnswer {
        /** Validates non-null. */
        public Signal {
            Objects.requireNonNull(quality, "quality");
        }
    }

    /**
     * {@code @02}: the GPIO state, solicited or not.
     *
     * @param pins in pin order, numbered from 1
     */
    record Gpio(List<GpioPin> pins) implements CommandAnswer {
        /** Copies the list. */
        public Gpio {
            pins = List.copyOf(pins);
        }

        /** @return the inputs only, the pins a GPI event is about */
        public List<GpioPin> inputs() {
            return pins.stream().filter(GpioPin::isInput).toList();
        }
    }

    /**
     * {@code @04}: the serving cell, as the modem writes it, e.g. {@code 0,"250,01,00dd,3860,29,21";}.
     *
     * @param text the ASCII answer
     */
    record CellInfo(String text) implements CommandAnswer {
        /** Validates non-null. */
        public CellInfo {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * {@code @05}: the module temperature.
     *
     * @param celsius −100…155 °C (the byte minus 100)
     */
    record Temperature(int celsius) implements CommandAnswer {
        /** @throws IllegalArgumentException outside what one byte minus 100 can say */
        public Temperature {
            if (celsius < -100 || celsius > 155) {
                throw new IllegalArgumentException("temperature: expected −100…155 °C, found " + celsius);
            }
        }
    }

    /**
     * {@code @0B}: the SIM card's ICCID.
     *
     * @param iccid 19–20 characters
     */
    record Iccid(String iccid) implements CommandAnswer {
        /** Validates non-null. */
        public Iccid {
            Objects.requireNonNull(iccid, "iccid");
        }
    }

    /**
     * A status answer with a code this library does not know; kept as it came.
     *
     * @param code the code byte after {@code @}
     * @param data the answer data, as hex text
     */
    record UnknownStatus(int code, String data) implements CommandAnswer {
        /** Builds one from raw bytes. */
        public static UnknownStatus of(int code, byte[] data) {
            return new UnknownStatus(code, Hex.format(data));
        }
    }

    /**
     * A 0x0C payload that is not a status answer ({@code xx 40 cc …}): taken as the modem's text reply to a text
     * command, e.g. a USSD response.
     *
     * @param text the payload as ISO-8859-1
     */
    record Text(String text) implements CommandAnswer {
        /** Validates non-null. */
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** The command expects no answer (e.g. {@code $sim}) and was written. */
    record Sent() implements CommandAnswer {
    }
}
