package org.castellan.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.castellan.users.UserService;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Bearer tokens for the API and the command line ({@code Authorization: Bearer cst_…}). A token acts as the user
 * it was issued to, with that user's current roles and organizations. Users issue and revoke their own tokens;
 * administrators can list and revoke the tokens of users they administer. Only a SHA-256 of the secret is stored.
 */
@Service
@Transactional
public class ApiTokenService {
    static final String PREFIX = "cst_";
    private static final String ENTITY = "api_token";
    /** last_used_at is a hint for people, not an access log: write it at most this often per token. */
    private static final Duration LAST_USED_RESOLUTION = Duration.ofMinutes(1);

    private final JdbcClient jdbc;
    private final AuditLog audit;
    private final UserService users;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcClient jdbc, AuditLog audit, UserService users, Clock clock) {
        this.jdbc = jdbc;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    public IssuedToken issue(CurrentUser user, TokenForm form) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        Instant expires = form.validDays() == null ? null : clock.instant().plus(Duration.ofDays(form.validDays()));
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (:user, :name, :hash, :prefix, :expires) returning id""")
                .param("user", user.id()).param("name", form.name().trim()).param("hash", sha256(secret))
                .param("prefix", secret.substring(0, 10))
                .param("expires", expires == null ? null : Timestamp.from(expires))
                .query(Long.class).single();
        ApiToken token = byId(id).orElseThrow();
        audit.record(user, null, ENTITY, id, AuditAction.CREATE, null, token);
        return new IssuedToken(token, secret);
    }

    @Transactional(readOnly = true)
    public List<ApiToken> tokens(CurrentUser user, long ownerId) {
        requireOwnerOrAdmin(user, ownerId);
        return jdbc.sql("select * from api_token where user_id = :u order by created_at desc, id desc")
                .param("u", ownerId).query(ApiTokenService::map).list();
    }

    /** One token, to its owner or an administrator over the owner; anyone else gets {@link NotFoundException}. */
    @Transactional(readOnly = true)
    public ApiToken token(CurrentUser user, long tokenId) {
        ApiToken token = byId(tokenId).orElseThrow(() -> new NotFoundException(ENTITY, tokenId));
        try {
            requireOwnerOrAdmin(user, token.userId());
        } catch (RuntimeException e) {
            throw new NotFoundException(ENTITY, tokenId);
        }
        return token;
    }

    public ApiToken revoke(CurrentUser user, long tokenId) {
        ApiToken before = byId(tokenId).orElseThrow(() -> new NotFoundException(ENTITY, tokenId));
        try {
            requireOwnerOrAdmin(user, before.userId());
        } catch (RuntimeException e) {
            throw new NotFoundException(ENTITY, tokenId);
        }
        if (before.revokedAt() != null) {
            return before;
        }
        jdbc.sql("update api_token set revoked_at = :now where id = :id")
                .param("now", Timestamp.from(clock.instant())).param("id", tokenId).update();
        ApiToken after = byId(tokenId).orElseThrow();
        audit.record(user, null, ENTITY, tokenId, AuditAction.UPDATE, before, after);
        return after;
    }

    /** The user a presented secret belongs to, if it is a live token. */
    public Optional<Long> authenticate(String secret) {
        if (secret == null || !secret.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        Optional<ApiToken> token = jdbc.sql("select * from api_token where token_hash = :h")
                .param("h", sha256(secret)).query(ApiTokenService::map).optional()
                .filter(t -> t.activeAt(now));
        token.filter(t -> t.lastUsedAt() == null || t.lastUsedAt().plus(LAST_USED_RESOLUTION).isBefore(now))
                .ifPresent(t -> jdbc.sql("update api_token set last_used_at = :now where id = :id")
                        .param("now", Timestamp.from(now)).param("id", t.id()).update());
        return token.map(ApiToken::userId);
    }

    private void requireOwnerOrAdmin(CurrentUser user, long ownerId) {
        if (user.id() != ownerId) {
            user.requireAny(Role.ADMIN);
            users.user(user, ownerId);
        }
    }

    private Optional<ApiToken> byId(long id) {
        return jdbc.sql("select * from api_token where id = :id").param("id", id).query(ApiTokenService::map).optional();
    }

    static String sha256(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JDK", e);
        }
    }

    private static ApiToken map(ResultSet rs, int row) throws SQLException {
        return new ApiToken(rs.getLong("id"), rs.getLong("user_id"), rs.getString("name"), rs.getString("token_prefix"),
                rs.getTimestamp("created_at").toInstant(), instant(rs.getTimestamp("expires_at")),
                instant(rs.getTimestamp("last_used_at")), instant(rs.getTimestamp("revoked_at")));
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
