package org.castellan.security;

import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Password authentication (console form and HTTP Basic) behind the {@link LoginThrottle}. */
final class ThrottledAuthenticationProvider implements AuthenticationProvider {
    private static final Logger log = LoggerFactory.getLogger(ThrottledAuthenticationProvider.class);

    private final AuthenticationProvider passwords;
    private final LoginThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, LoginThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = authentication.getDetails() instanceof WebAuthenticationDetails web
                ? web.getRemoteAddress() : "unknown";
        String key = LoginThrottle.key(authentication.getName(), address);
        Duration wait = throttle.blockedFor(key);
        if (!wait.isZero()) {
            throw new LoginThrottledException(wait);
        }
        try {
            Authentication result = passwords.authenticate(authentication);
            throttle.succeeded(key);
            return result;
        } catch (BadCredentialsException e) {
            throttle.failed(key);
            log.info("Failed login for '{}' from {}", authentication.getName(), address);
            throw e;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
