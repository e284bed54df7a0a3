package org.castellan.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.castellan.users.UserService;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Authenticates {@code Authorization: Bearer <token>}. A token that is unknown, revoked, expired, or whose user
 * is disabled is answered 401 at once rather than passed on as anonymous, so that a client learns its token no
 * longer works.
 */
final class BearerTokenFilter extends OncePerRequestFilter {
    private final ApiTokenService tokens;
    private final UserService users;
    private final AuthenticationEntryPoint entryPoint;

    BearerTokenFilter(ApiTokenService tokens, UserService users, AuthenticationEntryPoint entryPoint) {
        this.tokens = tokens;
        this.users = users;
        this.entryPoint = entryPoint;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            chain.doFilter(request, response);
            return;
        }
        var user = tokens.authenticate(header.substring(7).trim())
                .flatMap(id -> users.currentUser(id, org.castellan.platform.Channel.API));
        if (user.isEmpty()) {
            SecurityContextHolder.clearContext();
            entryPoint.commence(request, response, new BadCredentialsException("invalid, expired or revoked token"));
            return;
        }
        var principal = new AccountDetails(user.get().id(), user.get().username(), null, true);
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null,
                principal.getAuthorities()));
        SecurityContextHolder.setContext(context);
        chain.doFilter(request, response);
    }
}
