package org.castellan.irz.raw;

import java.io.ByteArrayOutputStream;

/** A sink that records the data let through and counts removals. */
final class Recording implements RawSink {
    final ByteArrayOutputStream data = new ByteArrayOutputStream();
    int removed;

    @Override
    public void data(byte[] bytes, int off, int len) {
        data.write(bytes, off, len);
    }

    @Override
    public void patternRemoved(BytePattern pattern) {
        removed++;
    }

    byte[] bytes() {
        return data.toByteArray();
    }
}
