package org.castellan.testsupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Base of tests that run the whole application on a real PostgreSQL ({@link TestDatabase}) and a real HTTP port.
 * All such tests share one Spring context (and database) per JVM, so each test creates its own organizations
 * and users through {@link Fixtures} with unique names instead of assuming an empty database. Never add
 * annotations that change the context (e.g. {@code @MockitoBean}) to a subclass: that starts a second application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@Import(Fixtures.class)
public abstract class IntegrationTest {
    /** The first-start administrator's password in tests. */
    public static final String ADMIN_PASSWORD = "admin-test-password";
    /** The grace period before modem notifications in tests. */
    public static final java.time.Duration NOTIFY_GRACE = java.time.Duration.ofSeconds(2);

    @Autowired
    protected Fixtures fixtures;

    /** MockMvc through the real security filter chain (log in with {@code httpBasic} or {@code user(...)} post-processors). */
    @Autowired
    protected MockMvc mvc;

    @LocalServerPort
    protected int port;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("castellan.db.url", TestDatabase::url);
        registry.add("castellan.db.user", TestDatabase::user);
        registry.add("castellan.db.password", TestDatabase::password);
        registry.add("castellan.admin.password", () -> ADMIN_PASSWORD);
        // the modem gateway on loopback with OS-picked ports; a short grace period so notifications come in seconds
        registry.add("castellan.gateway.host", () -> "127.0.0.1");
        registry.add("castellan.gateway.ports", () -> "0");
        registry.add("castellan.gateway.poller-port-base", () -> "0");
        registry.add("castellan.gateway.shared-poller-port", () -> "0");
        registry.add("castellan.gateway.notify-grace", () -> NOTIFY_GRACE.toMillis() + "ms");
        registry.add("castellan.gateway.command-wait", () -> "8s");
        registry.add("castellan.gateway.status-refresh", () -> "0s");
        registry.add("spring.mail.host", () -> "127.0.0.1");
        registry.add("spring.mail.port", TestMail::port);
        registry.add("castellan.gsm.port", TestGsm::url);
        registry.add("castellan.gsm.first-retry", () -> "200ms");
        registry.add("castellan.gateway.wake.ring", () -> "1s");
        // meter reads run (the worker claims what tests queue) but plans are ticked by the tests, with their own clock
        registry.add("castellan.metering.schedule", () -> "false");
        registry.add("castellan.metering.tick", () -> "200ms");
    }

    protected String baseUrl() {
        return "http://localhost:" + port;
    }
}
