package org.castellan.pgembed;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

class ServerControlTest {

    /** pg_ctl passes -o through /bin/sh, so awkward values must come out exactly as given. */
    @Test
    void serverOptionsSurviveTheShellUnchanged() throws Exception {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("search_path", "a b'c\"$HOME`x`");
        String options = ServerControl.serverOptions("127.0.0.1", 5433, parameters);

        Process shell = new ProcessBuilder("/bin/sh", "-c", "printf '%s\\n' " + options).start();
        String arguments = new String(shell.getInputStream().readAllBytes(), StandardCharsets.UTF_8);

        assertThat(shell.waitFor()).isZero();
        assertThat(arguments.lines()).containsExactly(
                "-c", "listen_addresses=127.0.0.1",
                "-c", "port=5433",
                "-c", "unix_socket_directories=",
                "-c", "search_path=a b'c\"$HOME`x`");
    }
}
