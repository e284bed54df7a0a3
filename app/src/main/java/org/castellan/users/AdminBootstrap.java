package org.castellan.users;

import java.security.SecureRandom;
import java.util.Optional;
import org.castellan.platform.CastellanProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * No default password: on the first start with an empty database, creates the platform administrator
 * {@value #ADMIN} with the password from {@code CASTELLAN_ADMIN_PASSWORD}, or a generated one printed once to the
 * log. Runs once the context (and so the Flyway migrations) is up, before the server is announced as ready.
 */
@Component
@Order(0)
public class AdminBootstrap implements ApplicationRunner {
    public static final String ADMIN = "admin";
    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserService users;
    private final CastellanProperties properties;

    private volatile String createdPassword;

    AdminBootstrap(UserService users, CastellanProperties properties) {
        this.users = users;
        this.properties = properties;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        createAdministratorIfNoUsers().ifPresent(password -> createdPassword = password);
    }

    /** The administrator's password when this start created the administrator (for the demo banner). */
    public Optional<String> passwordCreatedAtThisStart() {
        return Optional.ofNullable(createdPassword);
    }

    /** @return the password when this call created the administrator (to show once), empty otherwise */
    @Transactional
    public Optional<String> createAdministratorIfNoUsers() {
        if (users.anyUser()) {
            return Optional.empty();
        }
        String configured = properties.admin().password();
        boolean generated = configured == null || configured.isBlank();
        String password = generated ? generatePassword() : configured;
        if (password.length() < UserService.MIN_PASSWORD_LENGTH) {
            throw new IllegalStateException("CASTELLAN_ADMIN_PASSWORD is shorter than "
                    + UserService.MIN_PASSWORD_LENGTH + " characters; choose a longer one");
        }
        users.createFirstAdministrator(ADMIN, password);
        if (generated) {
            log.warn("Created the administrator '{}' with the generated password: {}  (shown only this once; "
                    + "change it under Profile, or set CASTELLAN_ADMIN_PASSWORD before the first start)", ADMIN, password);
        } else {
            log.info("Created the administrator '{}' with the password from CASTELLAN_ADMIN_PASSWORD", ADMIN);
        }
        return Optional.of(password);
    }

    public static String generatePassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder(20);
        for (int i = 0; i < 20; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
