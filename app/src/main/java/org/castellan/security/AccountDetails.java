package org.castellan.security;

import java.util.Collection;
import java.util.List;
import org.castellan.users.Account;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The authenticated principal kept in the session: only the user's id and name. Roles and organizations are
 * loaded fresh per request ({@link CurrentUsers}), so a change to them takes effect on the next request.
 */
final class AccountDetails implements UserDetails, CredentialsContainer {
    private static final List<GrantedAuthority> AUTHENTICATED = List.of(new SimpleGrantedAuthority("ROLE_USER"));

    private final long id;
    private final String username;
    private final boolean enabled;
    private String passwordHash;

    AccountDetails(Account account) {
        this(account.id(), account.username(), account.passwordHash(), account.enabled());
    }

    AccountDetails(long id, String username, String passwordHash, boolean enabled) {
        this.id = id;
        this.username = username;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
    }

    long id() {
        return id;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return AUTHENTICATED;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return username;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
