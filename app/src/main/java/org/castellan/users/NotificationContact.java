package org.castellan.users;

/**
 * Where a user is notified: e-mail and/or phone (SMS), in the user's language.
 *
 * @param email              null when the user has none
 * @param phone              null when the user has none; digits with an optional leading {@code +}
 * @param notifyModemEvents  whether the user wants modems lost, back and GPI changes (seed 004 §11)
 */
public record NotificationContact(long userId, String username, String locale, String email, String phone,
                                  boolean notifyModemEvents) {
}
