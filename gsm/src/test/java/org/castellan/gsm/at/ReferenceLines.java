package org.castellan.gsm.at;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link AtLineDecoder} must produce for a whole stream, written the obvious way (look ahead for the terminator)
 * rather than as a state machine, so the tests can compare the two however the stream is cut.
 */
final class ReferenceLines {

    private ReferenceLines() {
    }

    static List<AtEvent> of(byte[] stream, int maxLineLength) {
        List<AtEvent> events = new ArrayList<>();
        int i = 0;
        while (i < stream.length) {
            if (isEnd(stream[i])) {
                i++;
            } else if (stream[i] == '>') {
                events.add(new AtEvent.Prompt());
                i++;
                if (i < stream.length && stream[i] == ' ') {
                    i++;
                }
            } else {
                int end = i;
                while (end < stream.length && !isEnd(stream[end])) {
                    end++;
                }
                if (end == stream.length) {
                    break; // an unfinished line stays in the decoder
                }
                int length = end - i;
                events.add(length <= maxLineLength
                        ? new AtEvent.Line(new String(stream, i, length, java.nio.charset.StandardCharsets.ISO_8859_1))
                        : new AtEvent.Overlong(length));
                i = end;
            }
        }
        return events;
    }

    private static boolean isEnd(byte b) {
        return b == '\r' || b == '\n';
    }
}
