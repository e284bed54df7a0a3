package org.castellan.tem106.codec;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;

/**
 * A meter's reply ({@code AA ADDR ~ADDR CGRP CMD LEN DATA… CS}, seed TEM-106 §2). Immutable: byte arrays are
 * copied in and out.
 */
public sealed interface Reply permits Reply.Identification, Reply.MemoryData {
    /** The address the meter put in its reply (its own, also when asked at address 0). */
    int address();

    Command command();

    /** The data bytes as sent (a copy). */
    byte[] data();

    /**
     * The reply to identify: the model string, e.g. {@code TEMC106} in the seed, {@code TEM-104} or {@code TSM-104}
     * on related meters (tem106.md "Commands"); kept raw (one char per byte, ISO-8859-1) and matched leniently.
     */
    record Identification(int address, String model) implements Reply {
        public Identification {
            if (model.isEmpty() || model.length() > Request.MAX_READ) {
                throw new IllegalArgumentException("model string must be 1..64 characters, was " + model.length());
            }
        }

        @Override
        public Command command() {
            return Command.IDENTIFY;
        }

        @Override
        public byte[] data() {
            return model.getBytes(StandardCharsets.ISO_8859_1);
        }

        /**
         * Whether the model names a TEM meter: "TEM" or "TSM" after removing separators, case-insensitive, with the
         * seed's Cyrillic letters (bytes in windows-1251: "ТЕМС106") read as their Latin look-alikes.
         */
        public boolean looksLikeTem() {
            String cyrillic = new String(model.getBytes(StandardCharsets.ISO_8859_1), Charset.forName("windows-1251"));
            String letters = cyrillic.toUpperCase(Locale.ROOT).chars()
                    .map(c -> LATIN.getOrDefault((char) c, (char) c))
                    .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                    .toString().replaceAll("[^A-Z0-9]", "");
            return letters.startsWith("TEM") || letters.startsWith("TSM");
        }

        private static final Map<Character, Character> LATIN = Map.of(
                'Т', 'T', 'Е', 'E', 'Э', 'E', 'М', 'M', 'С', 'S');
    }

    /** The data of a timer-memory or Flash read; its length equals the request's TLEN. */
    record MemoryData(int address, Command command, byte[] data) implements Reply {
        public MemoryData {
            if (command == Command.IDENTIFY) {
                throw new IllegalArgumentException("memory data comes from a read command, not " + command);
            }
            if (data.length < 1 || data.length > Request.MAX_READ) {
                throw new IllegalArgumentException("read data must be 1..64 bytes, was " + data.length);
            }
            data = data.clone();
        }

        @Override
        public byte[] data() {
            return data.clone();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof MemoryData that && address == that.address && command == that.command
                    && Arrays.equals(data, that.data);
        }

        @Override
        public int hashCode() {
            return 31 * (31 * address + command.hashCode()) + Arrays.hashCode(data);
        }

        @Override
        public String toString() {
            return "MemoryData[address=" + address + ", command=" + command + ", data=" + HexFormat.of().formatHex(data)
                    + "]";
        }
    }
}
