package org.castellan.security;

import java.time.Duration;
import org.springframework.security.core.AuthenticationException;

/** A login refused because of too many recent failures; says how long to wait. */
public class LoginThrottledException extends AuthenticationException {
    private final Duration retryAfter;

    LoginThrottledException(Duration retryAfter) {
        super("Too many failed logins; try again in " + Math.max(1, retryAfter.toSeconds()) + " s");
        this.retryAfter = retryAfter;
    }

    public Duration retryAfter() {
        return retryAfter;
    }
}
