package org.castellan.irz.command;

import java.util.Optional;

/** The status queries of irz-modem.md §5, by their code byte after {@code @} (0x40). */
public enum StatusCommand {
    /** {@code @01}: signal level, answer 1 byte CSQ 0–31. */
    SIGNAL(0x01),
    /** {@code @02}: GPIO state, answer 1 byte per pin; also sent unsolicited when an input changes (GPI event). */
    GPIO(0x02),
    /** {@code @04}: cell info, ASCII answer. */
    CELL_INFO(0x04),
    /** {@code @05}: module temperature, answer 1 byte, °C = value − 100. */
    TEMPERATURE(0x05),
    /** {@code @0B}: SIM ICCID, ASCII answer of 19–20 characters. */
    ICCID(0x0B);

    private final int code;

    StatusCommand(int code) {
        this.code = code;
    }

    /** @return the code byte */
    public int code() {
        return code;
    }

    /** @return the command with this code byte, if known */
    public static Optional<StatusCommand> of(int code) {
        for (StatusCommand c : values()) {
            if (c.code == code) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }
}
