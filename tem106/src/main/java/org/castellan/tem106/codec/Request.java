package org.castellan.tem106.codec;

/**
 * A request from the master to a meter ({@code 55 ADDR ~ADDR CGRP CMD LEN DATA… CS}, seed TEM-106 §2).
 *
 * <p>Immutable; the constructors check every range, so an instance always encodes to a valid frame. Address 0 is
 * the "whoever is on the line" address that other drivers use to discover a meter on a point-to-point link.
 */
public sealed interface Request permits Request.Identify, Request.ReadTimerMemory, Request.ReadFlash {
    /** Most data bytes one read may ask for (TLEN 1..64, seed §4.1, §4.2). */
    int MAX_READ = 64;

    /** Network address of the meter, 0..255. */
    int address();

    Command command();

    /** Data bytes that the reply must carry, or -1 when the protocol does not fix it (identify). */
    int replyLength();

    /** {@code 00 00}: who are you (seed §3.1). */
    record Identify(int address) implements Request {
        public Identify {
            checkAddress(address);
        }

        @Override
        public Command command() {
            return Command.IDENTIFY;
        }

        @Override
        public int replyLength() {
            return -1;
        }
    }

    /** {@code 0F 01 TADRH TADRL TLEN}: read {@code length} bytes of 2K timer memory from {@code start} (seed §4.1). */
    record ReadTimerMemory(int address, int start, int length) implements Request {
        /** Size of the timer memory (seed §5.1: "2К байт"). */
        public static final int SIZE = 2048;

        public ReadTimerMemory {
            checkAddress(address);
            checkLength(length);
            if (start < 0 || start > 0xFFFF) {
                throw new IllegalArgumentException("timer memory address must be 0..0xFFFF, was " + start);
            }
        }

        @Override
        public Command command() {
            return Command.READ_TIMER_MEMORY;
        }

        @Override
        public int replyLength() {
            return length;
        }
    }

    /** {@code 0F 03 TLEN FADR3..FADR0}: read {@code length} bytes of Flash from {@code start} (seed §4.2). */
    record ReadFlash(int address, long start, int length) implements Request {
        public ReadFlash {
            checkAddress(address);
            checkLength(length);
            if (start < 0 || start > 0xFFFF_FFFFL) {
                throw new IllegalArgumentException("flash address must be 0..0xFFFFFFFF, was " + start);
            }
        }

        @Override
        public Command command() {
            return Command.READ_FLASH;
        }

        @Override
        public int replyLength() {
            return length;
        }
    }

    private static void checkAddress(int address) {
        if (address < 0 || address > 0xFF) {
            throw new IllegalArgumentException("network address must be 0..255, was " + address);
        }
    }

    private static void checkLength(int length) {
        if (length < 1 || length > MAX_READ) {
            throw new IllegalArgumentException("read length must be 1..64, was " + length);
        }
    }
}
