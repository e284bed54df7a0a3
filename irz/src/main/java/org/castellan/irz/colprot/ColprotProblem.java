package org.castellan.irz.colprot;

import org.castellan.irz.Hex;

/**
 * Something wrong in a COLPROT stream that the decoder skipped over. None of these ends the connection: the decoder
 * resynchronises on the next frame prefix and counts the problem ({@link ColprotDecoder#stats()}).
 */
public sealed interface ColprotProblem extends ColprotEvent {

    /** @return a one-line description naming the field, what was expected and what arrived */
    String description();

    /**
     * Bytes outside any frame were dropped: noise before the first frame, between frames, or the remains of a
     * rejected frame.
     *
     * @param skippedBytes how many bytes were dropped since the previous report (&gt; 0)
     */
    record GarbageSkipped(int skippedBytes) implements ColprotProblem {
        @Override
        public String description() {
            return "frame prefix: expected C8 CA CB CC CD, found " + skippedBytes + " other byte(s)";
        }
    }

    /**
     * A frame header declared more payload than the decoder accepts; the header is treated as garbage.
     *
     * @param typeCode       the frame's type byte
     * @param declaredLength the length field
     * @param maxPayload     the configured limit
     */
    record PayloadTooLong(int typeCode, int declaredLength, int maxPayload) implements ColprotProblem {
        @Override
        public String description() {
            return "length of frame type " + Hex.formatByte(typeCode) + ": expected at most " + maxPayload
                    + ", found " + declaredLength;
        }
    }

    /**
     * The two bytes after a payload were not {@code 0D 0A}; the frame is dropped and the decoder rescans its bytes
     * for a prefix (the length field may have been wrong, or the header was noise that looked like a prefix).
     *
     * @param typeCode      the frame's type byte
     * @param payloadLength the length field
     * @param found         the byte found where CR or LF was due
     */
    record BadTrailer(int typeCode, int payloadLength, int found) implements ColprotProblem {
        @Override
        public String description() {
            return "trailer of frame type " + Hex.formatByte(typeCode) + " (length " + payloadLength
                    + "): expected 0D 0A, found " + Hex.formatByte(found);
        }
    }

    /**
     * The stream ended inside a frame ({@link ColprotDecoder#finish}).
     *
     * @param bufferedBytes how many bytes of the unfinished frame were held
     */
    record Truncated(int bufferedBytes) implements ColprotProblem {
        @Override
        public String description() {
            return "frame: expected the rest of a frame, found end of stream after " + bufferedBytes + " byte(s)";
        }
    }
}
