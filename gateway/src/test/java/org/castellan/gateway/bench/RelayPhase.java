package org.castellan.gateway.bench;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.locks.LockSupport;
import org.castellan.irz.emulator.ModemEmulator;

/**
 * Phase 3: the round trip a poller sees through the gateway (poller → gateway → modem → echoing meter → modem →
 * gateway → poller) against a direct TCP echo in the same JVM, at the same paced rate, in the same run.
 *
 * <p>100 COLPROT modems (the field default framing; the emulator wraps the echo in type 0x01 frames), one poller on
 * each modem's poller port (sharing policy TURNS, the default), 100 connections to the echo. One platform thread
 * paces frames round-robin over a path's sockets at {@value #RATE} frames/s (open loop: a frame's send time does not
 * wait for earlier answers). Each path is warmed up for 10 s; then the paths take turns, 1 s each, 30 times, so the
 * machine's other load (it is shared) falls on both alike; the CPU that other processes used meanwhile is reported.
 */
final class RelayPhase {

    static final int MODEMS = 100;
    static final int RATE = 5000;
    private static final Duration WARM_UP = Duration.ofSeconds(10);
    private static final Duration ROUND = Duration.ofSeconds(1);
    private static final int ROUNDS = 30;

    private final Control control;
    private final Modems modems;
    private final List<Long> lateness = new ArrayList<>();
    /**
     * CPU time of the gateway JVM, of this one and of the whole machine (all processes) during each path's measured
     * rounds, in nanoseconds.
     */
    private final Map<String, long[]> cpu = new HashMap<>();

    RelayPhase(Control control, Modems modems) {
        this.control = control;
        this.modems = modems;
    }

    void run() throws IOException, InterruptedException {
        Modems.Batch batch = modems.connect(MODEMS);
        if (batch.failed() > 0) {
            throw new IOException("relay: expected " + MODEMS + " modems online, " + batch.failures() + " failed");
        }
        Map<String, Integer> ports = pollerPorts();
        List<Socket> pollers = new ArrayList<>();
        for (ModemEmulator modem : modems.online()) {
            pollers.add(new Socket(InetAddress.getLoopbackAddress(), ports.get(modem.config().imei())));
        }
        int capacity = (int) (RATE * ROUND.toSeconds() * ROUNDS * 11 / 10);
        try (EchoServer echo = new EchoServer();
             RelayPath gateway = new RelayPath("gateway", pollers, capacity);
             RelayPath direct = new RelayPath("direct", echoSockets(echo), capacity)) {
            pace(gateway, WARM_UP, false);
            pace(direct, WARM_UP, false);
            lateness.clear();
            for (int round = 0; round < ROUNDS; round++) {
                measured(gateway);
                measured(direct);
            }
            report(gateway, direct);
        }
        Report.note("after the relay phase: %s", control.ask("stats"));
    }

    /** The poller port of every modem, once all are bound. */
    private Map<String, Integer> pollerPorts() throws IOException, InterruptedException {
        for (int attempt = 0; attempt < 50; attempt++) {
            Map<String, Integer> ports = new HashMap<>();
            for (String picked : control.ask("pick " + MODEMS).get("picked").split(",")) {
                int at = picked.indexOf('@');
                int port = Integer.parseInt(picked.substring(at + 1));
                if (port > 0) {
                    ports.put(picked.substring(0, at), port);
                }
            }
            if (ports.size() == MODEMS) {
                return ports;
            }
            Thread.sleep(100);
        }
        throw new IOException("relay: expected " + MODEMS + " poller ports bound within 5 s");
    }

    private static List<Socket> echoSockets(EchoServer echo) throws IOException {
        List<Socket> sockets = new ArrayList<>();
        for (int i = 0; i < MODEMS; i++) {
            sockets.add(new Socket(InetAddress.getLoopbackAddress(), echo.port()));
        }
        return sockets;
    }

    /** One measured round of {@code path}, with the CPU time both JVMs spend meanwhile. */
    private void measured(RelayPath path) throws IOException, InterruptedException {
        long gateway0 = control.number("cpu", "cpu");
        long own0 = ProcessGauges.cpuNanos();
        long[] machine0 = machineNanos();
        long start = System.nanoTime();
        pace(path, ROUND, true);
        long[] machine1 = machineNanos();
        long[] sums = cpu.computeIfAbsent(path.name(), k -> new long[5]);
        sums[0] += control.number("cpu", "cpu") - gateway0;
        sums[1] += ProcessGauges.cpuNanos() - own0;
        sums[2] += machine1[0] - machine0[0];
        sums[3] += System.nanoTime() - start;
        sums[4] += machine1[1] - machine0[1];
    }

    /**
     * @return CPU time the whole machine has spent running something (user, nice, system, irq, softirq) and the time
     *     the hypervisor took from its virtual CPUs (steal), from {@code /proc/stat}, in nanoseconds
     */
    private static long[] machineNanos() throws IOException {
        String[] f = Files.readAllLines(Path.of("/proc/stat")).getFirst().trim().split("\\s+");
        long busy = 0;
        for (int i : new int[] {1, 2, 3, 6, 7}) { // cpu user nice system idle iowait irq softirq steal
            busy += Long.parseLong(f[i]);
        }
        long tick = 10_000_000L; // USER_HZ is 100 on Linux
        return new long[] {busy * tick, Long.parseLong(f[8]) * tick};
    }

    /**
     * Sends {@link #RATE} frames/s for {@code duration}, round-robin over the path's sockets, then waits (up to 5 s)
     * for every echo. Frames are due every 200 µs; the thread parks until a frame is due, and sends every frame that
     * is due when it wakes (a late wake-up sends a few back to back rather than dropping them).
     */
    private void pace(RelayPath path, Duration duration, boolean record) throws IOException, InterruptedException {
        long interval = 1_000_000_000L / RATE;
        long frames = duration.toNanos() / interval;
        long start = System.nanoTime() + 1_000_000;
        for (long k = 0; k < frames; k++) {
            long due = start + k * interval;
            long now = System.nanoTime();
            if (due > now) {
                LockSupport.parkNanos(due - now);
                now = System.nanoTime();
            }
            if (record) {
                lateness.add(now - due);
            }
            path.send((int) (k % path.size()), record);
        }
        for (int i = 0; i < 500 && path.received() < path.sent(); i++) {
            Thread.sleep(10);
        }
    }

    private void report(RelayPath gateway, RelayPath direct) throws IOException {
        long[] g = gateway.roundTrips();
        long[] d = direct.roundTrips();
        Arrays.sort(g);
        Arrays.sort(d);
        long[] late = lateness.stream().mapToLong(Long::longValue).sorted().toArray();
        String setup = "COLPROT, " + MODEMS + " modems × 1 poller, " + Report.grouped(RATE) + " frames/s of "
                + RelayPath.FRAME + " B, " + ROUNDS + " × " + ROUND.toSeconds() + " s";
        Report.detail("relay round trip through the gateway (" + setup + ")", percentiles(g)
                + "; lost " + (gateway.sent() - gateway.received()) + ", corrupt " + gateway.corrupt());
        Report.detail("direct TCP echo baseline, same generator JVM, same pacing", percentiles(d)
                + "; lost " + (direct.sent() - direct.received()) + ", corrupt " + direct.corrupt());
        double p50 = (percentile(g, 0.50) - percentile(d, 0.50)) / 1e6;
        double p99 = (percentile(g, 0.99) - percentile(d, 0.99)) / 1e6;
        Report.row("relay overhead (gateway − baseline)", String.format(Locale.ROOT,
                        "p50 %.3f ms, **p99 %.3f ms**", p50, p99), "p99 ≤ 1 ms",
                p99 <= 1.0 && gateway.sent() == gateway.received() && gateway.corrupt() == 0);
        long frames = (long) RATE * ROUND.toSeconds() * ROUNDS;
        Report.detail("CPU per round trip (gateway JVM / generator JVM)", String.format(Locale.ROOT,
                "through the gateway %.1f µs / %.1f µs; direct %.1f µs / %.1f µs",
                cpu.get("gateway")[0] / 1e3 / frames, cpu.get("gateway")[1] / 1e3 / frames,
                cpu.get("direct")[0] / 1e3 / frames, cpu.get("direct")[1] / 1e3 / frames));
        Report.detail("the machine meanwhile (" + Runtime.getRuntime().availableProcessors() + " virtual CPUs)",
                String.format(Locale.ROOT, "gateway rounds: busy %.2f CPUs (the two benchmark JVMs %.2f), hypervisor "
                        + "steal %.2f; direct rounds: busy %.2f (JVMs %.2f), steal %.2f", share(cpu.get("gateway"), 2),
                        jvms(cpu.get("gateway")), share(cpu.get("gateway"), 4), share(cpu.get("direct"), 2),
                        jvms(cpu.get("direct")), share(cpu.get("direct"), 4)));
        Report.detail("pacing: send time behind schedule", String.format(Locale.ROOT,
                "p50 %.3f ms, p99 %.3f ms, max %.3f ms over %s frames", percentile(late, 0.5) / 1e6,
                percentile(late, 0.99) / 1e6, late.length == 0 ? 0 : late[late.length - 1] / 1e6,
                Report.grouped(late.length)));
    }

    /** @return the CPU time at {@code index} of the sums as CPUs, on average over the rounds */
    private static double share(long[] sums, int index) {
        return sums[index] / (double) sums[3];
    }

    /** @return CPUs the gateway and generator JVMs used together, on average over the rounds */
    private static double jvms(long[] sums) {
        return (sums[0] + sums[1]) / (double) sums[3];
    }

    private static String percentiles(long[] sorted) {
        return String.format(Locale.ROOT, "p50 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (%s frames)",
                percentile(sorted, 0.50) / 1e6, percentile(sorted, 0.99) / 1e6, percentile(sorted, 0.999) / 1e6,
                sorted.length == 0 ? 0 : sorted[sorted.length - 1] / 1e6, Report.grouped(sorted.length));
    }

    /** @return the nearest-rank percentile of sorted values, 0 when there are none */
    static long percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int rank = (int) Math.ceil(p * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))];
    }
}
