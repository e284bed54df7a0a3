package org.castellan.cli;

/**
 * An expected failure of a tool command: {@link Main} prints the message (no stack trace) to standard error and
 * exits with {@link #exitCode()}, one of {@link ExitCodes}.
 */
final class CliException extends RuntimeException {
    private final int exitCode;

    CliException(int exitCode, String message) {
        super(message);
        this.exitCode = exitCode;
    }

    int exitCode() {
        return exitCode;
    }
}
