package org.castellan.cli;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.StringJoiner;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.MissingNode;

/**
 * A small JSON client of the Castellan REST API for the command-line tools. Every method returns the parsed
 * answer ({@link MissingNode} for an empty one) or throws a {@link CliException} that says, in one or a few
 * lines, what went wrong: the server's problem detail and field errors for a refusal (exit code 1), the server
 * address and the reason when it cannot be reached (2), the status for a server failure (3). Not thread-safe
 * by design: one command, one client.
 */
final class ApiClient {
    static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(60);

    private final URI server;
    private final String authorization;
    private final HttpClient http;

    /** @param authorization the {@code Authorization} header value, or null for anonymous calls */
    ApiClient(URI server, String authorization) {
        this.server = server;
        this.authorization = authorization;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(CONNECT_TIMEOUT)
                .followRedirects(HttpClient.Redirect.NEVER).build();
    }

    URI server() {
        return server;
    }

    JsonNode get(String path) {
        return get(path, Map.of());
    }

    /** @param query parameters; null values are left out */
    JsonNode get(String path, Map<String, ?> query) {
        return send("GET", path + queryString(query), null);
    }

    JsonNode post(String path, Object body) {
        return send("POST", path, body);
    }

    JsonNode put(String path, Object body) {
        return send("PUT", path, body);
    }

    JsonNode delete(String path) {
        return send("DELETE", path, null);
    }

    private JsonNode send(String method, String path, Object body) {
        HttpRequest.Builder request = request(path);
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body), StandardCharsets.UTF_8));
        }
        return answer(method, path, exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
    }

    /**
     * POSTs a file's bytes (an upload) and reads the JSON answer.
     *
     * @param report a 4xx status whose body is a report to show rather than a refusal to throw (e.g. 422 with an
     *               import's row-by-row problems), or 0
     */
    JsonNode postBytes(String path, byte[] body, String contentType, int report) {
        HttpRequest.Builder request = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        HttpResponse<String> response = exchange(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (report != 0 && response.statusCode() == report) {
            return answer("POST", path, 200, response.body() == null ? "" : response.body());
        }
        return answer("POST", path, response);
    }

    /** GETs a file (a download); a refusal is read as the JSON problem it is. */
    byte[] getBytes(String path, Map<String, ?> query) {
        HttpRequest.Builder request = request(path + queryString(query)).GET();
        HttpResponse<byte[]> response = exchange(request, HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() >= 200 && response.statusCode() < 300) {
            return response.body();
        }
        answer("GET", path, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
        throw new IllegalStateException("unreachable: answer() throws for status " + response.statusCode());
    }

    private HttpRequest.Builder request(String path) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server + path)).timeout(REQUEST_TIMEOUT)
                .header("Accept", "application/json, application/problem+json");
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return request;
    }

    private <T> HttpResponse<T> exchange(HttpRequest.Builder request, HttpResponse.BodyHandler<T> handler) {
        try {
            return http.send(request.build(), handler);
        } catch (IOException e) {
            throw new CliException(ExitCodes.UNREACHABLE, "cannot reach " + server + ": " + reason(e));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CliException(ExitCodes.UNREACHABLE, "interrupted while waiting for " + server);
        }
    }

    private JsonNode answer(String method, String path, HttpResponse<String> response) {
        return answer(method, path, response.statusCode(), response.body() == null ? "" : response.body());
    }

    private JsonNode answer(String method, String path, int status, String text) {
        JsonNode json;
        try {
            json = text.isBlank() ? MissingNode.getInstance() : JSON.readTree(text);
        } catch (JacksonException e) {
            throw new CliException(status >= 400 && status < 500 ? ExitCodes.REFUSED : ExitCodes.SERVER_ERROR,
                    method + " " + path + " answered " + status + " with something that is not JSON; is "
                            + server + " a Castellan server?");
        }
        if (status >= 200 && status < 300) {
            return json;
        }
        String message = Problems.describe(status, json);
        if (status == 401) {
            message += "\n  (give --user and --password, or --token, or set CASTELLAN_TOKEN)";
        }
        throw new CliException(status < 500 ? ExitCodes.REFUSED : ExitCodes.SERVER_ERROR, message);
    }

    /** What went wrong on the way, in words; the JDK's exceptions often carry no message at all. */
    private static String reason(IOException e) {
        Throwable cause = e;
        while (cause.getCause() != null && cause.getMessage() == null) {
            cause = cause.getCause();
        }
        if (e instanceof HttpConnectTimeoutException) {
            return "no connection within " + CONNECT_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof HttpTimeoutException) {
            return "no answer within " + REQUEST_TIMEOUT.toSeconds() + " s";
        }
        if (e instanceof ConnectException && (e.getMessage() == null || e.getMessage().toLowerCase().contains("refused"))) {
            return "connection refused";
        }
        if (e instanceof UnknownHostException || cause instanceof UnresolvedAddressException) {
            return "unknown host";
        }
        return cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
    }

    private static String queryString(Map<String, ?> query) {
        StringJoiner joined = new StringJoiner("&", "?", "").setEmptyValue("");
        query.forEach((name, value) -> {
            if (value != null && !value.toString().isBlank()) {
                joined.add(URLEncoder.encode(name, StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(value.toString(), StandardCharsets.UTF_8));
            }
        });
        return joined.toString();
    }
}
