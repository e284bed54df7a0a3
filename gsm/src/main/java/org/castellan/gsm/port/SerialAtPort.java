package org.castellan.gsm.port;

import com.fazecast.jSerialComm.SerialPort;
import com.fazecast.jSerialComm.SerialPortInvalidPortException;
import java.io.IOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * An {@link AtPort} on a serial port through jSerialComm: 8 data bits, no parity, 1 stop bit, no flow control (the
 * MC52iT and most AT modems autobaud or default to 115200 8N1 with RTS/CTS optional). Opens any device path: a USB
 * adapter ({@code /dev/ttyUSB0}), {@code COM3}, or a pseudo-terminal slave (the emulator's). Not thread-safe apart from
 * {@link #close()}.
 */
public final class SerialAtPort implements AtPort {

    /** The usual speed of AT modems on a COM port. */
    public static final int DEFAULT_BAUD = 115_200;

    private final SerialPort port;
    private final byte[] buffer = new byte[512];
    private final AtomicBoolean closed = new AtomicBoolean();
    private long readTimeoutMillis = -1;

    private SerialAtPort(SerialPort port) {
        this.port = port;
    }

    /**
     * Opens {@code path} at {@code baud}, 8N1.
     *
     * @throws IOException when the port cannot be opened (missing, busy, no permission)
     * @throws IllegalArgumentException when {@code baud} is not one of {@link AtPortUrl#BAUD_RATES}
     */
    public static SerialAtPort open(String path, int baud) throws IOException {
        if (!AtPortUrl.BAUD_RATES.contains(baud)) {
            throw new IllegalArgumentException("baud must be one of " + AtPortUrl.BAUD_RATES + ", not " + baud);
        }
        SerialPort port;
        try {
            port = SerialPort.getCommPort(path);
        } catch (SerialPortInvalidPortException e) {
            // jSerialComm throws this unchecked for a device that does not exist; to the caller it is an I/O failure
            throw new IOException("cannot open serial port " + path + ": " + e.getMessage(), e);
        }
        port.setComPortParameters(baud, 8, SerialPort.ONE_STOP_BIT, SerialPort.NO_PARITY);
        port.setFlowControl(SerialPort.FLOW_CONTROL_DISABLED);
        if (!port.openPort()) {
            throw new IOException("cannot open serial port " + path + " (error " + port.getLastErrorCode() + ")");
        }
        return new SerialAtPort(port);
    }

    @Override
    public void write(byte[] bytes) throws IOException {
        requireOpen();
        int written = port.writeBytes(bytes, bytes.length);
        if (written != bytes.length) {
            throw new IOException("serial port " + port.getSystemPortPath() + " wrote " + written + " of "
                    + bytes.length + " bytes (error " + port.getLastErrorCode() + ")");
        }
    }

    @Override
    public byte[] read(Duration timeout) throws IOException {
        requireOpen();
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
        if (n < 0 || closed.get()) {
            throw new IOException("serial port " + port.getSystemPortPath() + " failed (error "
                    + port.getLastErrorCode() + ")");
        }
        return Arrays.copyOf(buffer, n);
    }

    private void requireOpen() throws IOException {
        if (closed.get()) {
            throw new IOException("serial port " + port.getSystemPortPath() + " is closed");
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            port.closePort();
        }
    }

    @Override
    public String toString() {
        return "serial port " + port.getSystemPortPath() + " at " + port.getBaudRate() + " baud";
    }
}
