package org.castellan.gateway.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * One path of the relay phase: poller sockets whose every frame comes back as it was sent (through the gateway to an
 * echoing meter, or straight to the echo server). Frames are 32 bytes: sequence number, the sender's
 * {@link System#nanoTime()} just before the write, a flag saying whether to record it, and filler derived from the
 * sequence number; a reader per socket (a platform thread: its read wakes it directly, where a virtual thread's
 * goes through the JDK's poller and a carrier, two more hand-overs on a 2-CPU machine) checks each echoed frame against what was sent — order
 * and content — and records the round trip, from just before the write to the read of the echo's last byte.
 */
final class RelayPath implements AutoCloseable {

    static final int FRAME = 32;

    private final String name;
    private final List<Socket> sockets;
    private final OutputStream[] outs;
    private final long[] nextSeq;
    private final byte[] frame = new byte[FRAME];
    private final long[] samples;
    private final AtomicInteger recorded = new AtomicInteger();
    private final AtomicLong received = new AtomicLong();
    private final AtomicLong corrupt = new AtomicLong();
    private long sent;

    /** @param capacity the most round trips it records */
    RelayPath(String name, List<Socket> sockets, int capacity) throws IOException {
        this.name = name;
        this.sockets = List.copyOf(sockets);
        this.outs = new OutputStream[sockets.size()];
        this.nextSeq = new long[sockets.size()];
        this.samples = new long[capacity];
        for (int i = 0; i < outs.length; i++) {
            Socket socket = sockets.get(i);
            socket.setTcpNoDelay(true);
            outs[i] = socket.getOutputStream();
            InputStream in = socket.getInputStream();
            Thread.ofPlatform().daemon().name(name + "-reader-" + i).start(() -> read(in));
        }
    }

    String name() {
        return name;
    }

    int size() {
        return outs.length;
    }

    /** Sends the next frame on socket {@code i}; called by one pacing thread only. */
    void send(int i, boolean record) throws IOException {
        ByteBuffer b = ByteBuffer.wrap(frame);
        long seq = nextSeq[i]++;
        b.putLong(seq);
        b.putLong(System.nanoTime());
        b.put((byte) (record ? 1 : 0));
        fill(frame, seq);
        outs[i].write(frame);
        sent++;
    }

    long sent() {
        return sent;
    }

    long received() {
        return received.get();
    }

    long corrupt() {
        return corrupt.get();
    }

    /** @return the recorded round trips in nanoseconds (a copy) */
    long[] roundTrips() {
        return Arrays.copyOf(samples, Math.min(recorded.get(), samples.length));
    }

    private void read(InputStream in) {
        byte[] buf = new byte[FRAME];
        byte[] expected = new byte[FRAME];
        long expectSeq = 0;
        try {
            while (in.readNBytes(buf, 0, FRAME) == FRAME) {
                long now = System.nanoTime();
                ByteBuffer b = ByteBuffer.wrap(buf);
                long seq = b.getLong();
                long sentAt = b.getLong();
                boolean record = b.get() == 1;
                System.arraycopy(buf, 0, expected, 0, 17);
                fill(expected, seq);
                if (seq != expectSeq || !Arrays.equals(buf, expected)) {
                    corrupt.incrementAndGet();
                }
                expectSeq = seq + 1;
                received.incrementAndGet();
                if (record) {
                    int at = recorded.getAndIncrement();
                    if (at < samples.length) {
                        samples[at] = now - sentAt;
                    }
                }
            }
        } catch (IOException e) {
            // closed at the end of the phase
        }
    }

    private static void fill(byte[] frame, long seq) {
        for (int k = 17; k < FRAME; k++) {
            frame[k] = (byte) (seq * 31 + k);
        }
    }

    @Override
    public void close() throws IOException {
        for (Socket socket : sockets) {
            socket.close();
        }
    }
}
