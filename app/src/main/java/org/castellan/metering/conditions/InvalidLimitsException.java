package org.castellan.metering.conditions;

/**
 * Limits a person entered (or a {@code meter.limits} value) that cannot be used; the message says which system and
 * limit and what was wrong, in English, for the form layer to show beside {@link #field()}.
 */
public class InvalidLimitsException extends IllegalArgumentException {
    private final String field;

    public InvalidLimitsException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The limit concerned ({@code tMin}, {@code gMax}…), or {@code limits} for the whole value. */
    public String field() {
        return field;
    }

    /** The same problem, prefixed with the system it was found in. */
    InvalidLimitsException inSystem(String system) {
        return new InvalidLimitsException(field, "system " + system + ": " + getMessage());
    }
}
