package org.castellan.platform;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.nio.file.Path;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.validation.annotation.Validated;

/**
 * Castellan's own settings, bound from {@code castellan.*} in {@code application.yml} or from environment
 * variables ({@code CASTELLAN_DB_URL} → {@code castellan.db.url}). Validated at start: a bad value stops the
 * server with a message naming the property. Every property is listed in the README's configuration table.
 */
@Validated
@ConfigurationProperties("castellan")
public record CastellanProperties(
        @Valid @DefaultValue Data data,
        @Valid @DefaultValue Db db,
        @Valid @DefaultValue Admin admin,
        @Valid @DefaultValue Security security) {

    /** Where the platform keeps files: the embedded database cluster lives under {@code dir/postgres}. */
    public record Data(@NotNull @DefaultValue("./data") Path dir) {
    }

    /**
     * The database. With {@code url} set (production), Castellan connects to that PostgreSQL and starts nothing;
     * without it, it starts the embedded PostgreSQL.
     */
    public record Db(String url, String user, String password, @Valid @DefaultValue Embedded embedded) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    /** The embedded PostgreSQL: port 0 picks a free loopback port at each start. */
    public record Embedded(
            @Min(0) @Max(65535) @DefaultValue("0") int port,
            @NotNull @DefaultValue("nobody") String runAs,
            @NotNull @DefaultValue("60s") Duration startTimeout) {
    }

    /** The first-start administrator's password; when absent one is generated and logged once. */
    public record Admin(String password) {
    }

    /** Login throttling: after {@code maxFailedLogins} failures within {@code failureWindow}, refuse for {@code lockout}. */
    public record Security(
            @Min(1) @DefaultValue("5") int maxFailedLogins,
            @NotNull @DefaultValue("15m") Duration failureWindow,
            @NotNull @DefaultValue("15m") Duration lockout) {
    }
}
