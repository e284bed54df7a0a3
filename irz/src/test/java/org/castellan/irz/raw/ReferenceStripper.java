package org.castellan.irz.raw;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

/**
 * A slow, obviously right stripper to compare the streaming ones with: scans the whole stream from the left and cuts
 * each occurrence of the pattern that does not overlap one already cut. That is what {@link PatternStripper} must do
 * however the stream is chunked (matches have one length, so the leftmost end and the leftmost start agree).
 *
 * @param data    the stream with the occurrences cut out
 * @param removed how many occurrences were cut
 */
record ReferenceStripper(byte[] data, int removed) {

    static ReferenceStripper strip(byte[] stream, byte[] pattern) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int removed = 0;
        int i = 0;
        while (i < stream.length) {
            if (i + pattern.length <= stream.length
                    && Arrays.equals(stream, i, i + pattern.length, pattern, 0, pattern.length)) {
                removed++;
                i += pattern.length;
            } else {
                out.write(stream[i++]);
            }
        }
        return new ReferenceStripper(out.toByteArray(), removed);
    }
}
