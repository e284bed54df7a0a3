package org.castellan.platform;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A form field that must name an IANA time zone (blank is left to {@code @NotBlank}, or allowed where a blank
 * zone means "inherit"). Checked with the other field constraints, so a form shows every problem at once; the
 * services check again for callers that are not forms.
 */
@Documented
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = KnownTimeZone.Validator.class)
public @interface KnownTimeZone {
    String message() default "{validation.timeZoneUnknown}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    /** Checks the name with {@link TimeZones#parse}. */
    class Validator implements ConstraintValidator<KnownTimeZone, String> {
        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            return value == null || value.isBlank() || TimeZones.parse(value).isPresent();
        }
    }
}
