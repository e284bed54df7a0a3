package org.castellan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a token works, decided on explicit instants (no clock, no waiting). */
class ApiTokenTest {
    private static final Instant ISSUED = Instant.parse("2026-03-01T08:00:00Z");

    @Test
    void tokenWithoutExpiryIsActiveUntilRevoked() {
        assertThat(token(null, null).activeAt(ISSUED.plus(Duration.ofDays(3650)))).isTrue();
    }

    @Test
    void tokenIsActiveUpToItsExpiryAndNotFromThen() {
        Instant expires = ISSUED.plus(Duration.ofDays(30));
        ApiToken token = token(expires, null);

        assertThat(token.activeAt(ISSUED)).isTrue();
        assertThat(token.activeAt(expires.minusMillis(1))).isTrue();
        assertThat(token.activeAt(expires)).isFalse();
        assertThat(token.activeAt(expires.plus(Duration.ofDays(1)))).isFalse();
    }

    @Test
    void revokedTokenIsInactiveEvenBeforeItsExpiry() {
        ApiToken token = token(ISSUED.plus(Duration.ofDays(30)), ISSUED.plus(Duration.ofDays(1)));

        assertThat(token.activeAt(ISSUED.plus(Duration.ofDays(2)))).isFalse();
    }

    private static ApiToken token(Instant expiresAt, Instant revokedAt) {
        return new ApiToken(1, 1, "ci", "cst_abcdef", ISSUED, expiresAt, null, revokedAt);
    }
}
