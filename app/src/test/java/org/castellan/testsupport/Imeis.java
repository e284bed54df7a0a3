package org.castellan.testsupport;

import java.util.concurrent.atomic.AtomicLong;
import org.castellan.modems.Imei;

/** IMEIs with a valid check digit, unique within a test JVM (the shared database outlives each test). */
public final class Imeis {
    private static final AtomicLong NEXT = new AtomicLong(System.nanoTime() % 1_000_000_000L * 10);

    private Imeis() {
    }

    /** @return a fresh 15-digit IMEI, TAC 35 and a serial from a sequence */
    public static String next() {
        String body = String.format("35%012d", NEXT.incrementAndGet() % 1_000_000_000_000L);
        return body + Imei.checkDigit(body);
    }
}
