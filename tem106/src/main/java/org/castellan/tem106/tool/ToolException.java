package org.castellan.tem106.tool;

/** A command failed; the message is one line for the user, saying what and where. */
public final class ToolException extends Exception {
    public ToolException(String message, Throwable cause) {
        super(message.replace('\n', ' '), cause);
    }
}
