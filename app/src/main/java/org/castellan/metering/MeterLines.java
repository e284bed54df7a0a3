package org.castellan.metering;

import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.castellan.gateway.ModemBusyException;
import org.castellan.gateway.ModemChannelException;
import org.castellan.gateway.ModemLink;
import org.castellan.gateway.ModemOfflineException;
import org.castellan.modems.GatewayNode;
import org.castellan.tem106.link.Link;
import org.castellan.tem106.link.SerialLink;
import org.castellan.tem106.link.TcpLink;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Opens the line a meter talks on: a modem of this node's gateway (in-process, {@link ModemLink}), a TCP connection to a
 * serial server ({@link TcpLink}) or a local serial port ({@link SerialLink}). The caller closes the link; one link per
 * read job, and the read queue runs one job per line at a time.
 */
@Component
public class MeterLines {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);

    private final JdbcClient jdbc;
    private final Optional<GatewayNode> gateway;

    MeterLines(JdbcClient jdbc, Optional<GatewayNode> gateway) {
        this.jdbc = jdbc;
        this.gateway = gateway;
    }

    /** @throws MeterReadException with the reason the line cannot be opened now (modem offline, refused…) */
    public Link open(Meter meter) {
        return switch (meter.connection()) {
            case MODEM -> modem(meter);
            case TCP -> {
                try {
                    yield TcpLink.connect(meter.host(), meter.port(), CONNECT_TIMEOUT);
                } catch (IOException e) {
                    throw new MeterReadException("cannot connect to " + meter.host() + ":" + meter.port() + ": "
                            + e.getMessage(), e);
                }
            }
            case SERIAL -> {
                try {
                    yield SerialLink.open(meter.serialPort(), meter.baudRate());
                } catch (IOException e) {
                    throw new MeterReadException("cannot open serial port " + meter.serialPort() + ": "
                            + e.getMessage(), e);
                }
            }
        };
    }

    private Link modem(Meter meter) {
        if (gateway.isEmpty()) {
            throw new MeterReadException("the modem gateway is off on this node (castellan.gateway.enabled=false)");
        }
        Map<String, Object> modem = jdbc.sql("select imei, channel from modem where id = :id")
                .param("id", meter.modemId()).query().singleRow();
        String key = modem.get("imei") + (((Number) modem.get("channel")).intValue() == 0 ? "" : ":" + modem.get("channel"));
        try {
            return new ModemLink(gateway.get().channel((String) modem.get("imei"),
                    ((Number) modem.get("channel")).intValue()));
        } catch (ModemOfflineException e) {
            throw new MeterReadException("modem " + key + " is not connected", e);
        } catch (ModemBusyException e) {
            throw new MeterReadException("modem " + key + " is held exclusively by another poller", e);
        } catch (ModemChannelException e) {
            throw new MeterReadException("modem " + key + ": " + e.getMessage(), e);
        }
    }
}
