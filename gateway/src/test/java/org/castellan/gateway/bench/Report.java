package org.castellan.gateway.bench;

import java.util.Locale;

/**
 * Where the generator's findings go: table rows ({@code | figure | value | goal | met |}) on stdout, which
 * {@code bench/gateway-load.sh} collects into one table, and progress notes on stderr.
 */
final class Report {

    private Report() {
    }

    static void row(String figure, String value, String goal, boolean met) {
        System.out.printf("| %s | %s | %s | %s |%n", figure, value, goal, met ? "yes" : "**no**");
        System.out.flush();
    }

    /** A row without a goal of its own (a check or a detail). */
    static void detail(String figure, String value) {
        System.out.printf("| %s | %s | | |%n", figure, value);
        System.out.flush();
    }

    static void note(String format, Object... args) {
        System.err.printf(Locale.ROOT, "[generator] " + format + "%n", args);
    }

    static String kib(double bytes) {
        return String.format(Locale.ROOT, "%.2f KiB", bytes / 1024);
    }

    static String mib(double bytes) {
        return String.format(Locale.ROOT, "%.1f MiB", bytes / 1048576);
    }

    static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
