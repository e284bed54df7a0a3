package org.castellan.irz.command;

import org.castellan.irz.Hex;
import org.castellan.irz.IrzDecodingException;

/**
 * One pin of a GPIO state answer (irz-modem.md §5): the byte is {@code 0x80 | 0x40·output | 0x02·high}, so 80/82 are an
 * input low/high and C0/C2 an output low/high.
 *
 * <p>Pins are numbered from 1 in the order of the answer, the numbering {@code $gp<n>} uses. The document does not say
 * where numbering starts; 1 follows the modems' GPIO1… labels and is an assumption to check on a real modem.
 *
 * @param number    1-based pin number
 * @param direction input or output
 * @param high      the level
 */
public record GpioPin(int number, Direction direction, boolean high) {

    /** Whether a pin reads or drives. */
    public enum Direction { INPUT, OUTPUT }

    private static final int PRESENT = 0x80;
    private static final int OUTPUT = 0x40;
    private static final int HIGH = 0x02;

    /** @throws IllegalArgumentException if the number is not 1 or more */
    public GpioPin {
        if (number < 1) {
            throw new IllegalArgumentException("GPIO pin number: expected 1 or more, found " + number);
        }
        java.util.Objects.requireNonNull(direction, "direction");
    }

    /**
     * Reads a pin byte. Bits other than 0x80, 0x40 and 0x02 are not documented and are ignored.
     *
     * @throws IrzDecodingException if bit 0x80 is not set
     */
    public static GpioPin decode(int number, int value) throws IrzDecodingException {
        if ((value & PRESENT) == 0) {
            throw new IrzDecodingException("GPIO pin " + number, "a byte with bit 0x80 set (80, 82, C0, C2)",
                    Hex.formatByte(value));
        }
        return new GpioPin(number, (value & OUTPUT) != 0 ? Direction.OUTPUT : Direction.INPUT, (value & HIGH) != 0);
    }

    /** @return the pin byte */
    public int encode() {
        return PRESENT | (direction == Direction.OUTPUT ? OUTPUT : 0) | (high ? HIGH : 0);
    }

    /** @return whether this is an input */
    public boolean isInput() {
        return direction == Direction.INPUT;
    }
}
