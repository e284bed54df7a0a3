package org.castellan.security;

/** A token just created: the secret is shown to its owner this once and never stored. */
public record IssuedToken(ApiToken token, String secret) {
    @Override
    public String toString() {
        return "IssuedToken[" + token + "]";
    }
}
