package org.castellan.cli;

import tools.jackson.databind.JsonNode;

/** Turns the API's problem documents (RFC 9457, with an {@code errors} list for invalid input) into text. */
final class Problems {
    private Problems() {
    }

    /**
     * E.g. {@code "refused (400 Bad Request): invalid input\n  code: Use 1 to 32 letters…"}. Works on any JSON
     * (or none) so that an unexpected answer still gives a readable line.
     */
    static String describe(int status, JsonNode problem) {
        String title = problem.path("title").asString("");
        String detail = problem.path("detail").asString("");
        StringBuilder text = new StringBuilder(status < 500 ? "refused (" : "server error (").append(status);
        if (!title.isBlank()) {
            text.append(' ').append(title);
        }
        text.append(')');
        if (!detail.isBlank()) {
            text.append(": ").append(detail);
        }
        for (JsonNode error : problem.path("errors")) {
            String field = error.path("field").asString("");
            text.append("\n  ").append(field.isBlank() ? "" : field + ": ").append(error.path("message").asString(""));
        }
        return text.toString();
    }
}
