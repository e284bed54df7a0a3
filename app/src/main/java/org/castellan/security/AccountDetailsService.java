package org.castellan.security;

import org.castellan.users.UserService;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Component;

/** Looks up the account a login names (console form and HTTP Basic). */
@Component
class AccountDetailsService implements UserDetailsService {
    private final UserService users;

    AccountDetailsService(UserService users) {
        this.users = users;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        return users.account(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
