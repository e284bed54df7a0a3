package org.castellan.tem106.link;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class LinkUrlTest {
    @Test
    void tcpUrlNamesHostAndPort() {
        assertThat(LinkUrl.parse("tcp://10.0.0.7:4001")).isEqualTo(new LinkUrl.Tcp("10.0.0.7", 4001));
        assertThat(LinkUrl.parse("tcp://[::1]:4001")).isEqualTo(new LinkUrl.Tcp("[::1]", 4001));
    }

    @Test
    void serialUrlNamesDeviceAndBaudWhichDefaultsTo9600() {
        assertThat(LinkUrl.parse("serial:/dev/ttyUSB0?baud=57600")).isEqualTo(new LinkUrl.Serial("/dev/ttyUSB0", 57600));
        assertThat(LinkUrl.parse("serial:/dev/ttyS1")).isEqualTo(new LinkUrl.Serial("/dev/ttyS1", 9600));
        assertThat(LinkUrl.parse("serial:/dev/ttyS1").toString()).isEqualTo("serial:/dev/ttyS1?baud=9600");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "tcp://host| expected tcp://host:port",
            "tcp://host:http| port is not a number: http",
            "tcp://host:70000| port must be 1..65535",
            "serial:?baud=9600| expected serial:/dev/ttyUSB0?baud=9600",
            "serial:/dev/ttyUSB0?baud=115200| baud must be 9600, 19200, 38400 or 57600",
            "serial:/dev/ttyUSB0?parity=none| the only parameter is baud=N",
            "udp://host:1| expected tcp://host:port or serial:/dev/…?baud=N"})
    void badUrlsSayWhatIsWrong(String url, String message) {
        assertThatThrownBy(() -> LinkUrl.parse(url)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("link URL " + url + ": " + message.strip());
    }
}
