package org.castellan.gateway;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.util.Objects;
import org.castellan.tem106.link.Link;

/**
 * A TEM-106 {@link Link} over a {@link ModemChannel}, so a {@code MeterReader} reads a meter through a modem:
 * {@code new MeterReader(new ModemLink(listener.channel(key)), address, settings)}.
 *
 * <p>Channel problems become {@link IOException}s (the link's contract); the cause is the {@link ModemChannelException}.
 * An interrupted wait becomes {@link InterruptedIOException} with the thread's interrupt flag set again.
 * <b>Lifecycle and threading</b> are the channel's: one thread sends and receives, {@link #close()} (which closes the
 * channel and passes its turn) from any thread.
 */
public final class ModemLink implements Link {

    private final ModemChannel channel;

    public ModemLink(ModemChannel channel) {
        this.channel = Objects.requireNonNull(channel, "channel");
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        try {
            channel.send(bytes);
        } catch (ModemChannelException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    @Override
    public byte[] receive(Duration timeout) throws IOException {
        try {
            return channel.receive(timeout);
        } catch (ModemChannelException e) {
            throw new IOException(e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            InterruptedIOException interrupted = new InterruptedIOException("interrupted waiting for the meter");
            interrupted.initCause(e);
            throw interrupted;
        }
    }

    @Override
    public void close() {
        channel.close();
    }
}
