package org.castellan.irz.command;

import java.util.Objects;

/** A command that did not get its answer: what failed it, and after how many attempts. */
public final class CommandFailedException extends Exception {

    /** Why a command failed. */
    public enum Reason {
        /** No answer after the first attempt and every retry. */
        TIMEOUT,
        /** The queue behind the command in flight was full. */
        QUEUE_FULL,
        /** The session was closed (the connection ended) first. */
        CLOSED
    }

    private final Reason reason;
    private final transient CommandRequest request;
    private final int attempts;

    /**
     * @param reason   why
     * @param request  the command
     * @param attempts how many times it was written
     * @param detail   expected and found, for the log
     */
    public CommandFailedException(Reason reason, CommandRequest request, int attempts, String detail) {
        super(reason + " " + request + " after " + attempts + " attempt(s): " + detail);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.request = Objects.requireNonNull(request, "request");
        this.attempts = attempts;
    }

    /** @return why */
    public Reason reason() {
        return reason;
    }

    /** @return the command */
    public CommandRequest request() {
        return request;
    }

    /** @return how many times it was written */
    public int attempts() {
        return attempts;
    }
}
