package org.castellan.cli;

/**
 * Exit codes of the {@code castellan} tools, so that scripts can tell a refusal from an outage. Usage errors do
 * not use picocli's default of 2, which would be mistaken for "server unreachable".
 */
final class ExitCodes {
    static final int OK = 0;
    /** The server refused the request (4xx): invalid input, no permission, not found, conflict, bad credentials. */
    static final int REFUSED = 1;
    /** The server could not be reached: connection refused, unknown host, no answer in time. */
    static final int UNREACHABLE = 2;
    /** The server failed (5xx) or answered something that is not the Castellan API. */
    static final int SERVER_ERROR = 3;
    /** The command line itself is wrong (unknown option, missing argument, no password on a script run). */
    static final int USAGE = 64;

    private ExitCodes() {
    }
}
