package org.castellan.tem106.link;

import com.fazecast.jSerialComm.SerialPort;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Set;

/**
 * A link over a serial port through jSerialComm: RS-232 or an RS-485 adapter, 8N1 (seed TEM-106 §2), at 9600,
 * 19200, 38400 or 57600 baud. Opens any device path, a USB adapter ({@code /dev/ttyUSB0}) or a pseudo-terminal
 * slave. Not thread-safe apart from {@link #close()}.
 */
public final class SerialLink implements Link {
    /** The speeds seed §2 allows (RS-485 only the first two). */
    public static final Set<Integer> BAUD_RATES = Set.of(9600, 19200, 38400, 57600);

    private final SerialPort port;
    private final byte[] buffer = new byte[512];
    private long readTimeoutMillis = -1;

    private SerialLink(SerialPort port) {
        this.port = port;
    }

    /**
     * Opens {@code path} at {@code baud}, 8 data bits, no parity, 1 stop bit.
     *
     * @throws IOException when the port cannot be opened
     * @throws IllegalArgumentException when {@code baud} is not one of {@link #BAUD_RATES}
     */
    public static SerialLink open(String path, int baud) throws IOException {
        if (!BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException("baud must be 9600, 19200, 38400 or 57600, not " + baud);
        }
        SerialPort port = SerialPort.getCommPort(path);
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialLink(port);
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new IOException("serial port " + port.getSystemPortPath() + " wrote " + written + " of "
                    + bytes.length + " bytes (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public byte[] receive(Duration timeout) throws IOException {
        if (timeout.isZero() && port.bytesAvailable() <= 0) {
            return new byte[0];
        }
        // jSerialComm reads a timeout of 0 as "block forever": the shortest real wait is 1 ms
        long millis = Math.clamp(timeout.toMillis(), 1, Integer.MAX_VALUE);
        if (millis != readTimeoutMillis) {
            port.setComPortTimeouts(SerialPort.TIMEOUT_READ_SEMI_BLOCKING, (int) millis, 0);
            readTimeoutMillis = millis;
        }
        int n = port.readBytes(buffer, buffer.length);
        if (n < 0) {
            throw new IOException("serial port " + port.getSystemPortPath() + " failed (error "
                    + port.getLastErrorCode() + ")");
        }
        return Arrays.copyOf(buffer, n);
    }

    @Override
    public void close() {
        port.closePort();
    }

    @Override
    public String toString() {
        return "serial link on " + port.getSystemPortPath();
    }
}
