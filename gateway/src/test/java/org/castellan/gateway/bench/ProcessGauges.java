package org.castellan.gateway.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * What the gateway JVM holds: heap after GC, open file descriptors by kind, resident set. Reading {@code /proc}
 * takes a descriptor itself, so at the open-file limit it fails with EMFILE; that is reported as such (every
 * descriptor below the limit is then in use), never as a guess.
 */
final class ProcessGauges {

    private final long fdLimit;

    ProcessGauges() throws IOException {
        this.fdLimit = readFdLimit();
    }

    /** @return the soft open-file limit of this process, read at start */
    long fdLimit() {
        return fdLimit;
    }

    /**
     * @return heap used after three explicit full collections, as {@code bench/irz-emulator-memory.sh} measures it:
     *     what is reachable, not what the collector has not got round to
     */
    static long heapAfterGc() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(200); // a measuring tool letting the collector finish, not test synchronisation
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    /**
     * @return {@code fds=N} and the count of each kind ({@code socket}, {@code eventpoll}, {@code eventfd},
     *     {@code pipe}, {@code jar}, {@code other}), without the descriptor the listing itself uses; at the limit
     *     {@code fds=<limit> emfile=yes}
     */
    String fds() {
        Map<String, Integer> kinds = new TreeMap<>();
        int total = 0;
        Path dir = Path.of("/proc/self/fd");
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(dir)) {
            for (Path entry : entries) {
                String target;
                try {
                    target = Files.readSymbolicLink(entry).toString();
                } catch (IOException e) {
                    continue; // closed meanwhile, or the listing's own descriptor
                }
                if (target.startsWith("/proc/") && target.endsWith("/fd")) {
                    continue; // the listing's own
                }
                kinds.merge(kind(target), 1, Integer::sum);
                total++;
            }
        } catch (FileSystemException e) {
            if (String.valueOf(e.getReason()).contains("Too many open files")) {
                return "fds=" + fdLimit + " limit=" + fdLimit + " emfile=yes";
            }
            return "fds=-1 error=" + e.getReason().replace(' ', '_');
        } catch (IOException e) {
            return "fds=-1 error=" + e.toString().replace(' ', '_');
        }
        StringBuilder answer = new StringBuilder("fds=").append(total).append(" limit=").append(fdLimit);
        kinds.forEach((kind, n) -> answer.append(' ').append(kind).append('=').append(n));
        return answer.toString();
    }

    /** @return CPU time used by this process so far, all threads, user and system, in nanoseconds */
    static long cpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    /** @return resident set in KiB, or -1 when {@code /proc} cannot be read (at the open-file limit) */
    static long rssKiB() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            return -1;
        }
        return -1;
    }

    private static String kind(String target) {
        if (target.startsWith("socket:")) {
            return "socket";
        } else if (target.equals("anon_inode:[eventpoll]")) {
            return "eventpoll";
        } else if (target.equals("anon_inode:[eventfd]")) {
            return "eventfd";
        } else if (target.startsWith("pipe:")) {
            return "pipe";
        } else if (target.endsWith(".jar") || target.endsWith("/lib/modules")) {
            return "jar";
        }
        return "other";
    }

    private static long readFdLimit() throws IOException {
        for (String line : Files.readAllLines(Path.of("/proc/self/limits"))) {
            if (line.startsWith("Max open files")) {
                return Long.parseLong(line.substring("Max open files".length()).trim().split("\\s+")[0]);
            }
        }
        throw new IOException("/proc/self/limits: expected a 'Max open files' line, found none");
    }
}
