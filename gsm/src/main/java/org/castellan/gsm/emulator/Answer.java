package org.castellan.gsm.emulator;

import java.util.List;
import java.util.OptionalInt;

/**
 * What the emulated modem says to one input: lines (each framed as {@code <CR><LF>line<CR><LF>}), then possibly the
 * CMGS prompt (the connection then reads a PDU of {@code pduLength} octets), or nothing more while a dial is pending.
 */
record Answer(List<String> lines, OptionalInt pduLength, boolean dialling) {

    static final Answer NOTHING = new Answer(List.of(), OptionalInt.empty(), false);

    static Answer lines(String... lines) {
        return new Answer(List.of(lines), OptionalInt.empty(), false);
    }

    static Answer prompt(int pduLength) {
        return new Answer(List.of(), OptionalInt.of(pduLength), false);
    }

    static Answer pendingDial() {
        return new Answer(List.of(), OptionalInt.empty(), true);
    }

    boolean isEmpty() {
        return lines.isEmpty() && pduLength.isEmpty() && !dialling;
    }
}
