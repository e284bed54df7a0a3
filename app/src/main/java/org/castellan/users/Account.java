package org.castellan.users;

/** What authentication needs to know of a user: the security package reads it, nothing else does. */
public record Account(long id, String username, String passwordHash, boolean enabled) {
    @Override
    public String toString() {
        return "Account[" + id + ", " + username + ", enabled=" + enabled + "]";
    }
}
