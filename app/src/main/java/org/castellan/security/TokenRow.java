package org.castellan.security;

import java.time.Instant;
import java.util.List;

/**
 * A token as a table row: the token and whether it still works ({@code active}, {@code revoked} or
 * {@code expired}, the suffix of a {@code tokens.state.*} message).
 */
public record TokenRow(ApiToken token, String state) {

    static List<TokenRow> of(List<ApiToken> tokens, Instant now) {
        return tokens.stream().map(t -> new TokenRow(t, state(t, now))).toList();
    }

    private static String state(ApiToken token, Instant now) {
        if (token.revokedAt() != null) {
            return "revoked";
        }
        return token.activeAt(now) ? "active" : "expired";
    }

    public boolean active() {
        return "active".equals(state);
    }
}
