package org.castellan.irz.ident;

import java.util.regex.Pattern;

/** What kind of identifier a device presented (irz-modem.md §1, §6). */
public enum IdKind {
    /** 14–17 decimal digits (normally 15). */
    IMEI("\\d{14,17}"),
    /** SIM card number: 19–20 characters, digits with a possible hex pad digit. */
    ICCID("[0-9A-Fa-f]{19,20}"),
    /** 12 hex digits, optionally separated by {@code :} or {@code -}. */
    MAC("[0-9A-Fa-f]{2}([:-]?[0-9A-Fa-f]{2}){5}"),
    /** Any printable ASCII text of 1–40 characters (custom registration text or hex). */
    TEXT("[\\x20-\\x7E]{1,40}");

    private final Pattern syntax;

    IdKind(String regex) {
        this.syntax = Pattern.compile(regex);
    }

    /** @return whether {@code value} is a well-formed identifier of this kind */
    public boolean accepts(String value) {
        return syntax.matcher(value).matches();
    }

    /** @return the syntax as a regular expression, for error messages */
    public String syntax() {
        return syntax.pattern();
    }
}
