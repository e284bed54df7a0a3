package org.castellan.console;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * A URL nothing answers. It is thrown by the static-resource handler, not by a controller, so neither
 * {@link ConsoleErrors} nor {@code api.ApiErrors} sees it, and Spring Boot's problem-details handler would answer
 * every such URL with JSON. Under {@code /api/} the caller gets a problem document; anywhere else the request
 * goes to Boot's error page, which renders {@code templates/error.html} for a browser.
 * Ordered before Boot's {@code ProblemDetailsExceptionHandler} ({@code @Order(0)}).
 */
@ControllerAdvice
@Order(-2)
class UnknownPaths {

    @ExceptionHandler(NoResourceFoundException.class)
    void unknown(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (request.getRequestURI().startsWith(request.getContextPath() + "/api/")) {
            response.setStatus(HttpServletResponse.SC_NOT_FOUND);
            response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
                    + "\"detail\":\"no such endpoint\"}");
            return;
        }
        response.sendError(HttpServletResponse.SC_NOT_FOUND);
    }
}
