package org.castellan.metering;

import org.castellan.tem106.link.Link;

/**
 * A make of meter: how to talk to one over a line. TEM-106 today ({@link Tem106Driver}); another make implements this
 * and its {@link MeterSession}, and the plans, store, statement and console work with it unchanged.
 */
public interface MeterDriver {
    /** The make as stored in {@code meter.make}, e.g. {@code TEM106}. */
    String make();

    /**
     * A session with the meter at {@code address} on an open line. The session does not own the line: the caller
     * closes it.
     */
    MeterSession open(Link link, int address);
}
