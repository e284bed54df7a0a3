package org.castellan.api;

import jakarta.validation.ConstraintViolation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.castellan.platform.ConflictException;
import org.castellan.platform.ForbiddenException;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.DatabindException;

/**
 * Errors of the REST API as problem documents ({@code application/problem+json}): 400 with an {@code errors}
 * list of {field, message} for invalid input, 404 for unknown ids and for anything outside the caller's
 * organizations, 403 for a missing role, 409 for a refused change. Messages follow the request's language
 * (the user's, or Accept-Language).
 */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class ApiErrors {
    private final MessageSource messages;

    ApiErrors(MessageSource messages) {
        this.messages = messages;
    }

    @ExceptionHandler(NotFoundException.class)
    ProblemDetail notFound(NotFoundException e) {
        return problem(HttpStatus.NOT_FOUND, e.entity() + " " + e.id() + " not found");
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail badPathValue(MethodArgumentTypeMismatchException e) {
        return problem(HttpStatus.BAD_REQUEST, "'" + e.getName() + "' cannot be '" + e.getValue() + "'");
    }

    @ExceptionHandler(ForbiddenException.class)
    ProblemDetail forbidden(ForbiddenException e) {
        return problem(HttpStatus.FORBIDDEN, e.getMessage());
    }

    @ExceptionHandler(AuthenticationException.class)
    ProblemDetail unauthenticated(AuthenticationException e) {
        return problem(HttpStatus.UNAUTHORIZED, e.getMessage());
    }

    @ExceptionHandler(ConflictException.class)
    ProblemDetail conflict(ConflictException e) {
        return problem(HttpStatus.CONFLICT, text(e.messageKey(), e.arguments()));
    }

    @ExceptionHandler(InvalidInputException.class)
    ProblemDetail invalid(InvalidInputException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        e.problems().forEach(p -> errors.add(Map.of("field", p.field(),
                "message", text(p.messageKey(), p.arguments().toArray()))));
        return invalid(errors);
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<Map<String, String>> errors = new ArrayList<>();
        for (FieldError f : e.getBindingResult().getFieldErrors()) {
            errors.add(Map.of("field", f.getField(), "message", fieldMessage(f)));
        }
        e.getBindingResult().getGlobalErrors().forEach(g ->
                errors.add(Map.of("field", "", "message", messages.getMessage(g, locale()))));
        return invalid(errors);
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        String cause = e.getMostSpecificCause().getMessage();
        String firstLine = cause == null ? "" : cause.lines().findFirst().orElse("");
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "request body is not valid JSON for this endpoint: " + firstLine);
        // Well-formed JSON with a value of the wrong type (an unknown enum name, null for a flag): name the field.
        if (e.getMostSpecificCause() instanceof DatabindException d && !d.getPath().isEmpty()) {
            String field = d.getPath().stream()
                    .map(ref -> ref.getPropertyName() != null ? ref.getPropertyName() : "[" + ref.getIndex() + "]")
                    .collect(Collectors.joining(".")).replace(".[", "[");
            p.setProperty("errors", List.of(Map.of("field", field, "message", d.getOriginalMessage())));
        }
        return p;
    }

    /**
     * A constraint that names its own message ({@code @Pattern(message = "{validation.code}")}) says more than
     * the generic text for its kind ({@code Pattern=Invalid format.}), so that key wins over the resolvable's codes.
     */
    private String fieldMessage(FieldError f) {
        if (f.contains(ConstraintViolation.class)) {
            String template = f.unwrap(ConstraintViolation.class).getMessageTemplate();
            if (template.startsWith("{validation.") && template.endsWith("}")) {
                // already resolved from our bundles by the validator, in the request's language, with
                // ${validatedValue} filled in
                return f.getDefaultMessage();
            }
        }
        return messages.getMessage(f, locale());
    }

    private ProblemDetail invalid(List<Map<String, String>> errors) {
        ProblemDetail p = problem(HttpStatus.BAD_REQUEST, "invalid input");
        p.setProperty("errors", errors);
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("about:blank"));
        return p;
    }

    private String text(String key, Object[] args) {
        return messages.getMessage(key, args, key, locale());
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
    }
}
