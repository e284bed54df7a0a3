package org.castellan.security;

import jakarta.validation.constraints.Size;

/** Where a person is notified, from the profile page; {@code UserService.updateContact} validates the values. */
public record ContactForm(@Size(max = 200) String email, @Size(max = 30) String phone, boolean notifyModemEvents) {
}
