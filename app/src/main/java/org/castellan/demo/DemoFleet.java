package org.castellan.demo;

import java.util.List;

/**
 * A part of the demo fleet. Protocol modules contribute one each (emulated modems with meters behind them, OSDP
 * readers, attendance terminals) as Spring beans under the {@code demo} profile.
 *
 * <p>Lifecycle: {@link #start} is called once per demo start, after the demo organization, sites and zones exist,
 * on the start-up thread, in bean order; {@link #stop} when the application shuts down. A fleet registers its
 * devices through the device service (idempotently: the demo database survives restarts) and then starts its
 * emulators, which connect to the platform over real sockets like field devices do. A fleet that fails to start
 * is logged and skipped; it does not stop the demo.
 */
public interface DemoFleet {
    /** Lines for the demo banner, e.g. "3 iRZ modems with TEM-106 meters on port 9700". */
    List<String> describe();

    void start(DemoContext context) throws Exception;

    default void stop() {
    }
}
