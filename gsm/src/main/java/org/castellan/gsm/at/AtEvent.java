package org.castellan.gsm.at;

/** What {@link AtLineDecoder} cuts out of a modem's byte stream. */
public sealed interface AtEvent {

    /**
     * One non-empty line without its CR/LF: a result code, information text, an echoed command or an unsolicited
     * result code. Bytes are read as ISO-8859-1, one character per byte, so nothing is lost or rejected.
     */
    record Line(String text) implements AtEvent {
    }

    /** The {@code "> "} prompt after {@code AT+CMGS=<length>}: the modem waits for the PDU (TS 27.005 §3.5.1). */
    record Prompt() implements AtEvent {
    }

    /**
     * A line longer than the decoder's maximum: dropped whole, up to its terminator.
     *
     * @param bytes how many bytes were dropped (the line's, not its terminator)
     */
    record Overlong(long bytes) implements AtEvent {
    }
}
