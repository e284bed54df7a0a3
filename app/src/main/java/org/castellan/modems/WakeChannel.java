package org.castellan.modems;

import java.util.concurrent.CompletableFuture;

/**
 * Wakes a modem so it reconnects (seed 004 §8: "send an SMS or call a modem so it restores its GPRS connection"):
 * implemented over the local GSM modem when {@code castellan.gsm.port} is set.
 *
 * <p><b>Threading:</b> thread-safe; queues and returns at once.
 */
public interface WakeChannel {
    /**
     * @param phone the modem SIM's number
     * @param model the modem model, which chooses the wake-up text
     * @return completes with a description of what was done ("called for 20 s", "SMS sent"), exceptionally when it
     *     finally failed
     */
    CompletableFuture<String> wake(String phone, String model);
}
