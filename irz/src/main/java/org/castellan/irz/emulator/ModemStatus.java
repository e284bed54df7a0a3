package org.castellan.irz.emulator;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.castellan.irz.SignalQuality;
import org.castellan.irz.command.GpioPin;

/**
 * What an emulated modem answers to status commands (irz-modem.md §5). Immutable; the emulator swaps whole snapshots.
 *
 * @param signal      the CSQ it reports
 * @param temperature module temperature, °C (−100…155)
 * @param iccid       SIM card number, 19–20 characters
 * @param cellInfo    the {@code @04} text
 * @param pins        GPIO pins, numbered from 1 in order
 * @param simSlot     active SIM slot, toggled by {@code $sim}
 * @param ussdReply   the text answered to {@code $ussd}
 */
public record ModemStatus(SignalQuality signal, int temperature, String iccid, String cellInfo, List<GpioPin> pins,
                          int simSlot, String ussdReply) {

    /** Validates and copies. */
    public ModemStatus {
        Objects.requireNonNull(signal, "signal");
        Objects.requireNonNull(iccid, "iccid");
        Objects.requireNonNull(cellInfo, "cellInfo");
        Objects.requireNonNull(ussdReply, "ussdReply");
        pins = List.copyOf(pins);
        for (int i = 0; i < pins.size(); i++) {
            if (pins.get(i).number() != i + 1) {
                throw new IllegalArgumentException("pin " + i + ": expected number " + (i + 1) + ", found "
                        + pins.get(i).number());
            }
        }
    }

    /** @return CSQ 17, 25 °C, a test ICCID, the document's cell info, inputs 1–2 and outputs 3–4 low, SIM 0 */
    public static ModemStatus defaults() {
        return new ModemStatus(new SignalQuality(17), 25, "89701012345678901234", "0,\"250,01,00dd,3860,29,21\";",
                List.of(new GpioPin(1, GpioPin.Direction.INPUT, false), new GpioPin(2, GpioPin.Direction.INPUT, false),
                        new GpioPin(3, GpioPin.Direction.OUTPUT, false),
                        new GpioPin(4, GpioPin.Direction.OUTPUT, false)),
                0, "Balans 100.00 r");
    }

    /**
     * @return this status with pin {@code number} at {@code high}
     * @throws IllegalArgumentException if there is no such pin
     */
    public ModemStatus withPin(int number, boolean high) {
        if (number < 1 || number > pins.size()) {
            throw new IllegalArgumentException("pin: expected 1–" + pins.size() + ", found " + number);
        }
        List<GpioPin> changed = new ArrayList<>(pins);
        GpioPin pin = pins.get(number - 1);
        changed.set(number - 1, new GpioPin(number, pin.direction(), high));
        return new ModemStatus(signal, temperature, iccid, cellInfo, changed, simSlot, ussdReply);
    }

    /** @return this status with the other SIM slot active */
    public ModemStatus withOtherSim() {
        return new ModemStatus(signal, temperature, iccid, cellInfo, pins, 1 - Math.min(simSlot, 1), ussdReply);
    }

    /** @return this status with another signal level */
    public ModemStatus withSignal(SignalQuality quality) {
        return new ModemStatus(quality, temperature, iccid, cellInfo, pins, simSlot, ussdReply);
    }
}
