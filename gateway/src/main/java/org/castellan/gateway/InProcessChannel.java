package org.castellan.gateway;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The {@link ModemChannel} of one session: a {@link Relay.Party} with a bounded inbox, attached to the relay that was
 * the session's when it opened (a later change of sharing policy closes it).
 *
 * <p><b>Threading:</b> the inbox is guarded by its own lock, never held while calling the relay (the relay calls
 * {@link #deliver} under its monitor, so taking them in the other order would deadlock).
 */
final class InProcessChannel implements ModemChannel, Relay.Party {

    private final ModemSession session;
    private final Relay relay;
    private final int capacity;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition arrived = lock.newCondition();
    private final Deque<byte[]> inbox = new ArrayDeque<>();
    private int buffered;
    private boolean closed;

    InProcessChannel(ModemSession session, Relay relay, int capacity) {
        this.session = session;
        this.relay = relay;
        this.capacity = capacity;
    }

    @Override
    public SessionKey key() {
        return session.key();
    }

    @Override
    public void send(byte[] bytes) throws ModemOfflineException, ChannelClosedException {
        ensureOpen();
        if (!session.online()) {
            throw new ModemOfflineException(key());
        }
        // closed by another thread after the check above: the relay has detached this channel and drops the bytes,
        // so a request racing close never takes a turn nobody gives back
        relay.fromPoller(this, bytes.clone());
    }

    private boolean isClosed() {
        lock.lock();
        try {
            return closed;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public byte[] receive(Duration timeout)
            throws ModemOfflineException, ChannelClosedException, InterruptedException {
        long nanos = Math.max(0, timeout.toNanos());
        lock.lockInterruptibly();
        try {
            while (inbox.isEmpty() && !closed && nanos > 0) {
                nanos = arrived.awaitNanos(nanos);
            }
            if (closed) {
                throw new ChannelClosedException(key());
            }
            if (inbox.isEmpty()) {
                if (!session.online()) {
                    throw new ModemOfflineException(key());
                }
                return new byte[0];
            }
            ByteArrayOutputStream all = new ByteArrayOutputStream(buffered);
            for (byte[] chunk : inbox) {
                all.writeBytes(chunk);
            }
            inbox.clear();
            buffered = 0;
            return all.toByteArray();
        } finally {
            lock.unlock();
        }
    }

    @Override
    public boolean deliver(byte[] data) {
        lock.lock();
        try {
            if (closed || buffered + data.length > capacity) {
                return false;
            }
            inbox.addLast(data);
            buffered += data.length;
            arrived.signalAll();
            return true;
        } finally {
            lock.unlock();
        }
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            inbox.clear();
            buffered = 0;
            arrived.signalAll();
        } finally {
            lock.unlock();
        }
        relay.detach(this);
    }

    @Override
    public void disconnect() {
        close();
    }

    private void ensureOpen() throws ChannelClosedException {
        if (isClosed()) {
            throw new ChannelClosedException(key());
        }
    }

    @Override
    public String toString() {
        return "ModemChannel[" + key() + "]";
    }
}
