package org.castellan.gateway.bench;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.castellan.irz.emulator.ModemEmulator;

/**
 * Phases 1 and 2: connect modems until the gateway's open-file limit binds, then measure what it holds and show that
 * it still serves them.
 *
 * <p>Modems connect in batches, each waited for. The batch size is half of what the gateway's free descriptors still
 * allow (at most 500, at least 1), so the limit is met by a small batch: the modems of the batch that meets it wait in
 * the kernel's accept queue (the TCP handshake completes without the gateway) until their greeting times out, and a
 * small batch leaves few such stale connections behind to be accepted later. The phase ends at the first batch with
 * a failure.
 *
 * <p>At the limit: heap after GC (minus the heap before the first modem, divided by the sessions held), descriptors,
 * counters; five random modems reached in-process (a {@code ModemChannel} needs no descriptor); the count again after
 * 10 s. Then 50 modems hang up, which frees descriptors, and five random other modems are reached by TCP pollers: on
 * their poller ports, or through the shared port with the IMEI as the first line.
 */
final class SessionsPhase {

    private static final int RELEASED = 50;
    private static final int CHECKED = 5;

    private final Control control;
    private final Modems modems;
    private final boolean shared;
    private final int sharedPort;
    private final Random random = new Random(7);

    /** @param sharedPort the shared poller port (phase 2), or -1 for per-modem poller ports (phase 1) */
    SessionsPhase(Control control, Modems modems, int sharedPort) {
        this.control = control;
        this.modems = modems;
        this.shared = sharedPort > 0;
        this.sharedPort = sharedPort;
    }

    void run() throws IOException, InterruptedException {
        String how = shared ? "shared poller port (PollerPortMode.OFF)" : "per-modem poller ports (ON_FIRST_CONNECT)";
        Map<String, String> fds0 = control.ask("fds");
        long heap0 = control.number("heap", "heap");
        long rss0 = control.number("rss", "rss");
        Report.note("baseline: %s, heap after GC %s, rss %d KiB", fds0, Report.mib(heap0), rss0);
        long start = System.nanoTime();
        int perSession = shared ? 1 : 2;
        Modems.Batch last;
        while (true) {
            int size = (int) Math.max(1, Math.min(500, headroom(control.ask("fds")) / perSession / 2));
            last = modems.connect(size);
            if (last.failed() > 0) {
                break;
            }
            if (modems.online().size() % 2000 < size) {
                Report.note("%d modems greeted", modems.online().size());
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        Report.note("limit met after %.1f s: %d greeted; the last batch of %d: %s", seconds, modems.online().size(),
                last.connected() + last.failed(), last.failures());
        Thread.sleep(2000); // lets the gateway finish what it accepted; a measuring pause, not synchronisation
        Map<String, String> stats = control.ask("stats");
        Map<String, String> fds = control.ask("fds");
        long heap1 = control.number("heap", "heap");
        String[] own = new File("/proc/self/fd").list();
        Report.note("at the limit: %s; %s; heap after GC %s; the generator holds %d descriptors", stats, fds,
                Report.mib(heap1), own == null ? -1 : own.length);
        long held = Long.parseLong(stats.get(shared ? "online" : "ported"));
        double perHeld = (heap1 - heap0) / (double) held;
        Map<String, String> probe = control.ask("probe " + CHECKED);
        Thread.sleep(10_000); // the sessions are held, idle, at the limit for a while
        long stillOnline = control.number("online", "online");

        Report.row("sessions held, " + how, Report.grouped(held) + (shared ? " online" : " online with their poller"
                + " port bound") + " (" + Report.grouped(modems.online().size()) + " modems greeted in "
                + String.format("%.0f s", seconds) + "); gateway descriptors " + fds.get("fds") + " of "
                + fds.get("limit") + ("yes".equals(fds.get("emfile")) ? " (EMFILE)" : ""),
                shared ? "≥ 18,000" : "≥ 9,000", held >= (shared ? 18_000 : 9_000));
        Report.row("heap per idle session, " + how, Report.kib(perHeld) + " (heap after GC " + Report.mib(heap0)
                + " → " + Report.mib(heap1) + ")", "≤ 10 KiB", perHeld <= 10 * 1024);
        int released = modems.release(RELEASED).size();
        awaitHeadroom(10);
        int reached = pollersReached();
        Report.row("still serving at the limit, " + how, probe.get("echoed") + "/" + probe.get("probed")
                + " in-process echoes at the limit; " + Report.grouped(stillOnline) + " online 10 s later; after "
                + released + " modems hung up, " + reached + "/" + CHECKED + " TCP pollers got their meter's echo"
                + (shared ? " through the shared port" : " on the modem's poller port"), "keeps serving",
                stillOnline >= held && probe.get("echoed").equals(probe.get("probed")) && reached == CHECKED);
        Report.note("after release: %s; %s", control.ask("stats"), control.ask("fds"));
    }

    private static long headroom(Map<String, String> fds) {
        return Long.parseLong(fds.get("limit")) - Long.parseLong(fds.get("fds"));
    }

    /** Waits up to 15 s until the gateway has {@code n} descriptors free (stale accepted connections come and go). */
    private void awaitHeadroom(int n) throws IOException, InterruptedException {
        for (int i = 0; i < 75 && headroom(control.ask("fds")) < n; i++) {
            Thread.sleep(200);
        }
    }

    /** TCP pollers to random modems the generator holds online; @return how many got their echo */
    private int pollersReached() throws IOException {
        Set<String> ours = new HashSet<>();
        for (ModemEmulator modem : modems.online()) {
            ours.add(modem.config().imei());
        }
        int reached = 0;
        int tried = 0;
        for (String picked : control.ask("pick " + (CHECKED * 4)).get("picked").split(",")) {
            String imei = picked.substring(0, picked.indexOf('@'));
            int port = Integer.parseInt(picked.substring(picked.indexOf('@') + 1));
            if (!ours.contains(imei) || (!shared && port == 0)) {
                continue;
            }
            if (echoes(shared ? sharedPort : port, shared ? imei + "\n" : "")) {
                reached++;
            } else {
                Report.note("poller of %s on port %d: no echo", imei, shared ? sharedPort : port);
            }
            if (++tried == CHECKED) {
                break;
            }
        }
        return reached;
    }

    /** A poller: sends the name line (if any) and 16 random bytes, expects the 16 bytes back within 3 s. */
    private boolean echoes(int port, String nameLine) {
        byte[] request = new byte[16];
        random.nextBytes(request);
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 3000);
            socket.setSoTimeout(3000);
            socket.setTcpNoDelay(true);
            OutputStream out = socket.getOutputStream();
            out.write(nameLine.getBytes(StandardCharsets.US_ASCII));
            out.write(request);
            out.flush();
            InputStream in = socket.getInputStream();
            return Arrays.equals(in.readNBytes(request.length), request);
        } catch (IOException e) {
            Report.note("poller on port %d: %s", port, e);
            return false;
        }
    }
}
