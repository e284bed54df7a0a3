package org.castellan.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.castellan.testsupport.HttpApi;
import org.castellan.testsupport.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The API accepts the console's session cookie, and then (only then) asks for the CSRF token, since a browser
 * sends the cookie along with requests that other sites make it send. Basic and bearer calls need no token.
 */
class SessionApiCsrfTest extends IntegrationTest {
    private HttpClient browser;

    @BeforeEach
    void loggedInBrowser() throws Exception {
        browser = HttpClient.newBuilder().cookieHandler(new CookieManager()).version(HttpClient.Version.HTTP_1_1)
                .followRedirects(HttpClient.Redirect.NEVER).build();
        String loginPage = send(HttpRequest.newBuilder(uri("/login")).GET()).body();
        String form = "username=admin&password=" + URLEncoder.encode(ADMIN_PASSWORD, StandardCharsets.UTF_8)
                + "&_csrf=" + find(loginPage, "name=\"_csrf\" value=\"([^\"]+)\"");
        HttpResponse<String> login = send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form)));
        assertThat(login.statusCode()).isEqualTo(302);
        assertThat(login.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).doesNotContain("error"));
    }

    @Test
    void sessionAuthenticatedReadNeedsNoCsrfToken() throws Exception {
        assertThat(send(HttpRequest.newBuilder(uri("/api/v1/me")).GET()).body()).contains("\"username\":\"admin\"");
    }

    @Test
    void sessionAuthenticatedWriteWithoutCsrfTokenIsForbiddenAndCreatesNothing() throws Exception {
        String code = fixtures.unique("CSRF");

        HttpResponse<String> response = send(createOrganization(code));

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(admin().get("/api/v1/orgs").body()).doesNotContain(code);
    }

    @Test
    void sessionAuthenticatedWriteWithCsrfTokenIsAccepted() throws Exception {
        String page = send(HttpRequest.newBuilder(uri("/dispatch")).GET()).body();
        String header = find(page, "<meta name=\"_csrf_header\" content=\"([^\"]+)\"");
        String token = find(page, "<meta name=\"_csrf\" content=\"([^\"]+)\"");

        HttpResponse<String> response = send(createOrganization(fixtures.unique("CSRF")).header(header, token));

        assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    }

    @Test
    void basicAndBearerWritesNeedNoCsrfToken() {
        HttpApi basic = admin();
        String secret = basic.post("/api/v1/tokens", Map.of("name", "csrf test")).json().path("secret").asString();

        HttpApi.Response withBasic = basic.post("/api/v1/orgs", organization(fixtures.unique("B")));
        HttpApi.Response withBearer = HttpApi.bearer(baseUrl(), secret).post("/api/v1/orgs", organization(fixtures.unique("T")));

        assertThat(withBasic.status()).as(withBasic.body()).isEqualTo(201);
        assertThat(withBearer.status()).as(withBearer.body()).isEqualTo(201);
    }

    private HttpRequest.Builder createOrganization(String code) {
        return HttpRequest.newBuilder(uri("/api/v1/orgs")).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(HttpApi.JSON.writeValueAsString(organization(code))));
    }

    private static Map<String, String> organization(String code) {
        return Map.of("name", code, "code", code, "timeZone", "UTC");
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return browser.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpApi admin() {
        return HttpApi.basic(baseUrl(), "admin", ADMIN_PASSWORD);
    }

    private URI uri(String path) {
        return URI.create(baseUrl() + path);
    }

    private static String find(String html, String regex) {
        Matcher m = Pattern.compile(regex).matcher(html);
        assertThat(m.find()).as("%s in %s", regex, html).isTrue();
        return m.group(1);
    }
}
