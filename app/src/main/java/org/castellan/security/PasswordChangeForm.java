package org.castellan.security;

import jakarta.validation.constraints.NotBlank;

/** A person changing their own password: the current one, and the new one typed twice. Never printed. */
public record PasswordChangeForm(@NotBlank String currentPassword, @NotBlank String newPassword,
                                 @NotBlank String repeatPassword) {

    public static PasswordChangeForm empty() {
        return new PasswordChangeForm("", "", "");
    }

    public boolean repeated() {
        return newPassword != null && newPassword.equals(repeatPassword);
    }

    @Override
    public String toString() {
        return "PasswordChangeForm[…]";
    }
}
