package org.castellan.gsm.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Where the modem is, as one string. */
class AtPortUrlTest {

    @Test
    void serialWithBaud() {
        assertThat(AtPortUrl.parse("serial:/dev/ttyUSB0?baud=9600"))
                .isEqualTo(new AtPortUrl.Serial("/dev/ttyUSB0", 9600));
    }

    @Test
    void serialBaudDefaultsTo115200() {
        assertThat(AtPortUrl.parse("serial:COM3")).isEqualTo(new AtPortUrl.Serial("COM3", 115_200));
        assertThat(AtPortUrl.parse("serial:/dev/ttyS0")).hasToString("serial:/dev/ttyS0?baud=115200");
    }

    @Test
    void tcpHostAndPort() {
        assertThat(AtPortUrl.parse("tcp://ser2net.local:3001")).isEqualTo(new AtPortUrl.Tcp("ser2net.local", 3001));
        assertThat(AtPortUrl.parse("tcp://[::1]:3001")).isEqualTo(new AtPortUrl.Tcp("::1", 3001));
        assertThat(new AtPortUrl.Tcp("::1", 3001)).hasToString("tcp://[::1]:3001");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "/dev/ttyUSB0 | expected serial:/dev/ttyUSB0?baud=115200 or tcp://host:port",
        "serial: | expected a device after serial:",
        "serial:/dev/ttyUSB0?speed=9600 | the only parameter is baud=N",
        "serial:/dev/ttyUSB0?baud=fast | baud is not a number",
        "serial:/dev/ttyUSB0?baud=12345 | baud must be one of",
        "tcp://host | expected tcp://host:port",
        "tcp://:3001 | expected tcp://host:port",
        "tcp://host:http | port is not a number",
        "tcp://host:70000 | port must be 1–65535"})
    void badUrlsSayWhatIsWrong(String url, String message) {
        assertThatThrownBy(() -> AtPortUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("\"" + url + "\"").hasMessageContaining(message);
    }

    @Test
    void aTcpUrlOpensAConnection() throws IOException {
        try (ServerSocket server = new ServerSocket(0);
                AtPort port = AtPortUrl.parse("tcp://127.0.0.1:" + server.getLocalPort()).open(Duration.ofSeconds(2))) {
            assertThat(port).isInstanceOf(TcpAtPort.class);
        }
    }

    @Test
    void aMissingSerialDeviceFailsToOpenNamingIt() {
        assertThatThrownBy(() -> AtPortUrl.parse("serial:/dev/castellan-no-such-tty").open(Duration.ofSeconds(1)))
                .isInstanceOf(IOException.class).hasMessageContaining("/dev/castellan-no-such-tty");
    }
}
