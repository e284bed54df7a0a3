package org.castellan.irz.raw;

/**
 * Receives what a {@link PatternStripper} lets through.
 *
 * <p>Called on the thread that feeds the stripper, before {@code feed}/{@code flush} returns.
 */
public interface RawSink {

    /**
     * Data for the poller. The array belongs to the caller (it may be the fed chunk or the pattern itself): copy what
     * must outlive the call, and never write to it.
     */
    void data(byte[] bytes, int off, int len);

    /** A whole pattern was cut out of the stream (the modem is alive). */
    void patternRemoved(BytePattern pattern);
}
