package org.castellan.irz.emulator;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.castellan.irz.ident.AtImeiRecogniser;
import org.castellan.irz.ident.IdentificationAttempt;
import org.castellan.irz.ident.IdentificationChain;
import org.castellan.irz.ident.IdentificationResult;

/**
 * Measures what one emulated modem costs (bench/irz-emulator-memory.sh): {@code server PORT} runs a collector that
 * identifies, greets and then reads and discards; {@code modems PORT N} connects N COLPROT modems to it from another
 * JVM and prints heap and resident memory before and after, per modem. Not a test: run by the script.
 */
public final class EmulatorMemoryProbe {

    private EmulatorMemoryProbe() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[1]);
        if (args[0].equals("server")) {
            server(port);
        } else {
            modems(port, Integer.parseInt(args[2]));
        }
    }

    private static void server(int port) throws IOException {
        IdentificationChain chain = IdentificationChain.builder(Clock.systemUTC())
                .then(AtImeiRecogniser.defaults(Clock.systemUTC())).build();
        try (ServerSocket server = new ServerSocket(port, 8192, InetAddress.getLoopbackAddress())) {
            System.out.println("listening");
            while (true) {
                Socket socket = server.accept();
                Thread.ofVirtual().start(() -> serve(chain, socket));
            }
        }
    }

    private static void serve(IdentificationChain chain, Socket socket) {
        byte[] buf = new byte[256];
        try (socket; InputStream in = socket.getInputStream()) {
            IdentificationAttempt attempt = chain.begin(null);
            int n;
            while (!attempt.decided() && (n = in.read(buf)) >= 0) {
                attempt.feed(buf, 0, n);
            }
            if (attempt.result() instanceof IdentificationResult.Identified id) {
                socket.getOutputStream().write(id.reply());
                while (in.read(buf) >= 0) {
                    // discard: the probe measures the modems, not the server
                }
            }
        } catch (IOException e) {
            System.err.println("connection ended: " + e);
        }
    }

    private static void modems(int port, int count) throws Exception {
        InetSocketAddress server = new InetSocketAddress(InetAddress.getLoopbackAddress(), port);
        long heap0 = settledHeap();
        long rss0 = rssKiB();
        try (EmulatorFleet fleet = new EmulatorFleet()) {
            long start = System.nanoTime();
            for (int from = 0; from < count; from += 500) {
                List<CompletableFuture<Void>> batch = new ArrayList<>();
                for (int i = from; i < Math.min(count, from + 500); i++) {
                    EmulatorConfig config = EmulatorConfig.builder(server, String.format("86%013d", i))
                            .keepAlive(Duration.ofSeconds(55), 0).build();
                    batch.add(fleet.add(config, SerialDevice.silent()).connect());
                }
                CompletableFuture.allOf(batch.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
            }
            long millis = (System.nanoTime() - start) / 1_000_000;
            long heap1 = settledHeap();
            long rss1 = rssKiB();
            System.out.printf("%d modems connected and greeted in %d ms%n", count, millis);
            System.out.printf("heap after GC: %.1f MiB -> %.1f MiB, %.0f bytes per modem%n", heap0 / 1048576.0,
                    heap1 / 1048576.0, (heap1 - heap0) / (double) count);
            System.out.printf("resident set: %d MiB -> %d MiB, %.1f KiB per modem%n", rss0 / 1024, rss1 / 1024,
                    (rss1 - rss0) / (double) count);
        }
    }

    private static long settledHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200); // a measuring tool letting the collector finish, not test synchronisation
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static long rssKiB() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
            if (line.startsWith("VmRSS:")) {
                return Long.parseLong(line.replaceAll("\\D", ""));
            }
        }
        return -1;
    }
}
