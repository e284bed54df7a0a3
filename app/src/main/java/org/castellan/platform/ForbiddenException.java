package org.castellan.platform;

/** The caller is known but their roles do not allow the action (403). */
public class ForbiddenException extends RuntimeException {
    public ForbiddenException(String reason) {
        super(reason);
    }
}
