package org.castellan.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ClientOptionsTest {

    @Test
    void serverDefaultsToVariableThenLocalhost() {
        assertThat(new ClientOptions().server(env(Map.of())).toString()).isEqualTo("http://localhost:8080");
        assertThat(new ClientOptions().server(env(Map.of("CASTELLAN_SERVER", "https://castellan.example/")))
                .toString()).isEqualTo("https://castellan.example");
    }

    @Test
    void serverOptionBeatsVariable() {
        ClientOptions options = new ClientOptions();
        options.server = "http://10.0.0.5:9090";

        assertThat(options.server(env(Map.of("CASTELLAN_SERVER", "http://other:8080"))).toString())
                .isEqualTo("http://10.0.0.5:9090");
    }

    @Test
    void serverWithoutHttpSchemeIsAUsageError() {
        ClientOptions options = new ClientOptions();
        options.server = "localhost:8080";

        assertThatThrownBy(() -> options.server(env(Map.of())))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("'localhost:8080'");
    }

    @Test
    void tokenVariableIsUsedWhenNoCredentialOptionIsGiven() {
        assertThat(new ClientOptions().authorization(env(Map.of("CASTELLAN_TOKEN", "cst_abc",
                "CASTELLAN_USER", "ivan", "CASTELLAN_PASSWORD", "secret")))).isEqualTo("Bearer cst_abc");
    }

    @Test
    void userOptionBeatsTokenVariable() {
        ClientOptions options = new ClientOptions();
        options.user = "ivan";
        options.password = "пароль-123";

        assertThat(options.authorization(env(Map.of("CASTELLAN_TOKEN", "cst_abc"))))
                .isEqualTo("Basic " + base64("ivan:пароль-123"));
    }

    @Test
    void userAndPasswordVariablesGiveBasicCredentials() {
        assertThat(new ClientOptions().authorization(env(Map.of("CASTELLAN_USER", "ivan",
                "CASTELLAN_PASSWORD", "secret")))).isEqualTo("Basic " + base64("ivan:secret"));
    }

    @Test
    void missingPasswordOnNonInteractiveRunIsAUsageError() {
        ClientOptions options = new ClientOptions();
        options.user = "ivan";

        assertThatThrownBy(() -> options.authorization(env(Map.of())))
                .isInstanceOfSatisfying(CliException.class, e -> assertThat(e.exitCode()).isEqualTo(ExitCodes.USAGE))
                .hasMessageContaining("CASTELLAN_PASSWORD");
    }

    @Test
    void noCredentialsAtAllCallsAnonymously() {
        assertThat(new ClientOptions().authorization(env(Map.of()))).isNull();
    }

    private static String base64(String s) {
        return Base64.getEncoder().encodeToString(s.getBytes(StandardCharsets.UTF_8));
    }

    private static Environment env(Map<String, String> variables) {
        return new Environment() {
            @Override
            public String variable(String name) {
                return variables.get(name);
            }

            @Override
            public Optional<char[]> askSecret(String prompt) {
                return Optional.empty();
            }
        };
    }
}
