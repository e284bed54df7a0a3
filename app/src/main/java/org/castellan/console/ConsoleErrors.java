package org.castellan.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.castellan.platform.ConflictException;
import org.castellan.platform.ForbiddenException;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/**
 * How console pages show refusals: a page with the status, a sentence in the viewer's language and a way back.
 * Nothing has changed when one of these is shown (services throw before they write). The API has its own
 * handler ({@code api.ApiErrors}), which takes precedence for REST controllers.
 * <p>
 * Ordered before Spring Boot's {@code ProblemDetailsExceptionHandler} ({@code @Order(0)}, on because
 * {@code spring.mvc.problemdetails.enabled}), which also handles {@link MethodArgumentTypeMismatchException} and
 * would otherwise answer a console URL such as {@code /admin/sites/abc} with a JSON 400 instead of this 404 page.
 */
@ControllerAdvice(annotations = Controller.class)
@Order(-1)
class ConsoleErrors {
    private final ConsoleModelAdvice layout;

    ConsoleErrors(ConsoleModelAdvice layout) {
        this.layout = layout;
    }

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    String notFound(Exception e, Model model, HttpServletRequest request, HttpServletResponse response) {
        return page(model, request, response, HttpServletResponse.SC_NOT_FOUND, "error.notFound", null);
    }

    @ExceptionHandler(ForbiddenException.class)
    String forbidden(ForbiddenException e, Model model, HttpServletRequest request,
                     HttpServletResponse response) {
        return page(model, request, response, HttpServletResponse.SC_FORBIDDEN, "error.forbidden", null);
    }

    @ExceptionHandler(ConflictException.class)
    String conflict(ConflictException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("detailKey", e.messageKey());
        model.addAttribute("detailArgs", e.arguments());
        return page(model, request, response, HttpServletResponse.SC_CONFLICT, "error.conflict", e.messageKey());
    }

    @ExceptionHandler(InvalidInputException.class)
    String invalid(InvalidInputException e, Model model, HttpServletRequest request, HttpServletResponse response) {
        model.addAttribute("problems", e.problems());
        return page(model, request, response, HttpServletResponse.SC_BAD_REQUEST, "error.invalid", null);
    }

    private String page(Model model, HttpServletRequest request, HttpServletResponse response, int status,
                        String titleKey, String detailKey) {
        layout.addLayoutAttributes(model, request);
        response.setStatus(status);
        model.addAttribute("status", status);
        model.addAttribute("titleKey", titleKey);
        if (detailKey == null) {
            model.addAttribute("detailKey", null);
        }
        return "error/status";
    }
}
