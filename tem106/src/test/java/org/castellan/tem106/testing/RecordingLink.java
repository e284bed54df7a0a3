package org.castellan.tem106.testing;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.castellan.tem106.codec.DecodingException;
import org.castellan.tem106.codec.FrameCodec;
import org.castellan.tem106.codec.Request;
import org.castellan.tem106.link.Link;

/** Passes bytes through and keeps every request the master sent, decoded, to check what was asked for. */
public final class RecordingLink implements Link {
    private final Link inner;
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    public RecordingLink(Link inner) {
        this.inner = inner;
    }

    public List<Request> requests() {
        return List.copyOf(requests);
    }

    public void clear() {
        requests.clear();
    }

    @Override
    public void send(byte[] bytes) throws IOException {
        try {
            requests.add(FrameCodec.decodeRequest(bytes));
        } catch (DecodingException e) {
            throw new AssertionError("the reader sent a frame that is not a request: " + e.getMessage(), e);
        }
        inner.send(bytes);
    }

    @Override
    public byte[] receive(Duration timeout) throws IOException {
        return inner.receive(timeout);
    }

    @Override
    public void close() throws IOException {
        inner.close();
    }
}
