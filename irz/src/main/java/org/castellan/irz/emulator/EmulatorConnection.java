package org.castellan.irz.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.castellan.irz.IrzDecodingException;
import org.castellan.irz.colprot.ColprotDecoder;
import org.castellan.irz.colprot.ColprotEncoder;
import org.castellan.irz.colprot.ColprotEvent;
import org.castellan.irz.colprot.ColprotFrame;
import org.castellan.irz.colprot.FrameType;
import org.castellan.irz.ident.GreetingCodec;
import org.castellan.irz.raw.BytePattern;

/**
 * One TCP connection of an emulated modem: the handshake (identification line, greeting), then a read loop that hands
 * meter data to the serial device and commands to the modem. Writes come from any thread and are serialised by a lock.
 *
 * <p>Runs on one virtual thread per connection, blocked in a socket read; it ends when the server closes the
 * connection or {@link #close()} is called.
 */
final class EmulatorConnection {

    private static final System.Logger LOG = System.getLogger(EmulatorConnection.class.getName());
    private static final int READ_BUFFER = 512;
    private static final int MAX_GREETING = 128;

    private final ModemEmulator modem;
    private final EmulatorConfig config;
    private final Socket socket = new Socket();
    private final ReentrantLock writeLock = new ReentrantLock();
    private final ColprotDecoder decoder;
    private final MeterLine line = this::sendMeterData;
    private volatile boolean trafficSinceTick;
    private final AtomicBoolean closed = new AtomicBoolean();

    EmulatorConnection(ModemEmulator modem, EmulatorConfig config) {
        this.modem = modem;
        this.config = config;
        this.decoder = config.colprot() ? new ColprotDecoder(config.maxPayload()) : null;
    }

    /**
     * Connects, sends the identification line and, if configured, waits for the greeting.
     *
     * @return bytes that arrived after the greeting (already data)
     * @throws IOException           if the connection fails or the greeting does not come in time
     * @throws IrzDecodingException  if the greeting is malformed
     */
    byte[] handshake(byte[] identificationLine) throws IOException, IrzDecodingException {
        socket.setTcpNoDelay(true); // so split writes leave as separate segments
        socket.connect(config.server(), (int) config.connectTimeout().toMillis());
        writeInPieces(identificationLine, config.identificationWrites());
        if (config.greeting() == GreetingMode.IGNORE) {
            return new byte[0];
        }
        socket.setSoTimeout((int) config.greetingTimeout().toMillis());
        try {
            return readGreeting(socket.getInputStream());
        } catch (SocketTimeoutException e) {
            throw new IOException("greeting: expected within " + config.greetingTimeout() + ", found none", e);
        } finally {
            socket.setSoTimeout(0);
        }
    }

    private byte[] readGreeting(InputStream in) throws IOException, IrzDecodingException {
        byte[] buf = new byte[MAX_GREETING];
        int len = 0;
        while (len < buf.length) {
            int n = in.read(buf, len, buf.length - len);
            if (n < 0) {
                throw new IOException("greeting: expected a line ending in \\r, found end of stream");
            }
            for (int i = len; i < len + n; i++) {
                if (buf[i] == '\r') {
                    modem.greeted(GreetingCodec.parse(new String(buf, 0, i, StandardCharsets.US_ASCII)));
                    return Arrays.copyOfRange(buf, i + 1, len + n);
                }
            }
            len += n;
        }
        throw new IrzDecodingException("greeting", "a line ending in \\r within " + MAX_GREETING + " bytes",
                len + " bytes without it");
    }

    /** Reads until the connection ends; feeds {@code leftover} first. */
    void readLoop(byte[] leftover) {
        byte[] buf = new byte[READ_BUFFER];
        try (InputStream in = socket.getInputStream()) {
            received(leftover, leftover.length);
            int n;
            while ((n = in.read(buf)) >= 0) {
                received(buf, n);
            }
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "modem " + config.imei() + " connection ended: " + e);
        } finally {
            close();
        }
    }

    private void received(byte[] buf, int n) {
        if (n == 0) {
            return;
        }
        if (decoder == null) {
            modem.serial().onBytes(Arrays.copyOf(buf, n), line);
            return;
        }
        decoder.feed(buf, 0, n, this::onEvent);
    }

    private void onEvent(ColprotEvent event) {
        if (event instanceof ColprotFrame frame) {
            if (frame.type() == FrameType.METER_DATA) {
                modem.serial().onBytes(frame.payload(), line);
            } else if (frame.type() == FrameType.COMMAND) {
                modem.onCommand(this, frame);
            }
        }
        // keep-alives, settings/firmware frames and skipped garbage need nothing from an emulated modem
    }

    /** Sends meter bytes: as they are in raw mode, in type 0x01 frames in COLPROT mode. */
    void sendMeterData(byte[] bytes) {
        if (decoder == null) {
            write(bytes, true);
        } else {
            ColprotEncoder.encodeMeterData(bytes, 0, bytes.length, config.maxPayload(), frame -> write(frame, true));
        }
    }

    /** Sends a frame (COLPROT mode only). */
    void sendFrame(ColprotFrame frame) {
        write(ColprotEncoder.encode(frame), true);
    }

    /** Sends the keep-alive of the connection's framing, split as configured. */
    void sendKeepAlive() {
        byte[] keepAlive = decoder == null ? BytePattern.IRZ_KEEP_ALIVE.bytes()
                : ColprotEncoder.encode(ColprotFrame.keepAlive());
        int split = Math.min(config.keepAliveSplit(), keepAlive.length);
        writeLock.lock();
        try {
            if (split == 0) {
                write(keepAlive, false);
            } else {
                write(Arrays.copyOf(keepAlive, split), false);
                write(Arrays.copyOfRange(keepAlive, split, keepAlive.length), false);
            }
        } finally {
            writeLock.unlock();
        }
    }

    /** @return whether anything but keep-alives was written since the last call (and resets it) */
    boolean takeTraffic() {
        boolean had = trafficSinceTick;
        trafficSinceTick = false;
        return had;
    }

    boolean isOpen() {
        return !closed.get();
    }

    private void writeInPieces(byte[] bytes, int pieces) {
        int size = Math.max(1, (bytes.length + pieces - 1) / pieces);
        for (int at = 0; at < bytes.length; at += size) {
            write(Arrays.copyOfRange(bytes, at, Math.min(bytes.length, at + size)), true);
        }
    }

    private void write(byte[] bytes, boolean traffic) {
        writeLock.lock();
        try {
            if (closed.get()) {
                return;
            }
            OutputStream out = socket.getOutputStream();
            out.write(bytes);
            out.flush();
            trafficSinceTick |= traffic;
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "modem " + config.imei() + " write failed, closing: " + e);
            close();
        } finally {
            writeLock.unlock();
        }
    }

    /** Closes the socket; the read loop ends. Idempotent. */
    void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            socket.close();
        } catch (IOException e) {
            LOG.log(System.Logger.Level.DEBUG, () -> "modem " + config.imei() + " close failed: " + e);
        }
        modem.closed(this);
    }
}
