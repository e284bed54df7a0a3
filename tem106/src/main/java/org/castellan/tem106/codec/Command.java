package org.castellan.tem106.codec;

import java.util.Optional;

/**
 * The commands this library speaks: group byte {@code CGRP} and command byte {@code CMD} (seed TEM-106 §3–§4).
 */
public enum Command {
    /** {@code 00 00}: identification; the reply carries the model string (seed §3.1). */
    IDENTIFY(0x00, 0x00),
    /** {@code 0F 01}: read 1..64 bytes of the 2K timer memory at a 16-bit address (seed §4.1). */
    READ_TIMER_MEMORY(0x0F, 0x01),
    /** {@code 0F 03}: read 1..64 bytes of Flash at a 32-bit address (seed §4.2; erratum 1: not "identification"). */
    READ_FLASH(0x0F, 0x03);

    private final int group;
    private final int code;

    Command(int group, int code) {
        this.group = group;
        this.code = code;
    }

    public int group() {
        return group;
    }

    public int code() {
        return code;
    }

    /** The command with this group and code, if this library knows it. */
    public static Optional<Command> of(int group, int code) {
        for (Command command : values()) {
            if (command.group == group && command.code == code) {
                return Optional.of(command);
            }
        }
        return Optional.empty();
    }
}
