package org.castellan.gateway.bench;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.castellan.gateway.ModemChannel;
import org.castellan.gateway.ModemChannelException;
import org.castellan.gateway.ModemListener;
import org.castellan.gateway.ModemSession;
import org.castellan.gateway.SessionKey;

/**
 * The control protocol of {@link GatewayUnderLoad}: one line per command, one line of {@code key=value} pairs per
 * answer. None of the answers needs a new file descriptor except {@code fds} and {@code rss}, which say so at the
 * limit; so the generator can still ask once the gateway holds all it may.
 *
 * <ul>
 *   <li>{@code online}: sessions online, from the listener's events;</li>
 *   <li>{@code stats}: online, sessions in the table, online sessions with a poller port bound, non-zero counters;</li>
 *   <li>{@code heap}: heap after GC in bytes; {@code fds}: open descriptors by kind; {@code rss}: resident KiB;
 *       {@code cpu}: the process's CPU time so far in nanoseconds, all threads;</li>
 *   <li>{@code pick K}: K random online sessions as {@code key@pollerPort} (port 0: none);</li>
 *   <li>{@code probe K}: K random online sessions reached in-process ({@link ModemChannel}: no descriptor needed),
 *       16 bytes sent to the meter, the echo expected within 3 s;</li>
 *   <li>{@code mark N}, {@code await N SECONDS}, {@code verify}: the reconnect storm — remember every session's poller
 *       port, wait until N sessions identified again, check that the same sessions are online on the same ports.</li>
 * </ul>
 */
final class ControlCommands {

    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(3);

    private final ModemListener listener;
    private final SessionTally tally;
    private final ProcessGauges gauges;
    private final Random random = new Random(4);
    private Map<SessionKey, Integer> marked = Map.of();

    ControlCommands(ModemListener listener, SessionTally tally, ProcessGauges gauges) {
        this.listener = listener;
        this.tally = tally;
        this.gauges = gauges;
    }

    String answer(String[] words) throws InterruptedException {
        return switch (words[0]) {
            case "online" -> "online=" + tally.online();
            case "stats" -> stats();
            case "heap" -> "heap=" + ProcessGauges.heapAfterGc();
            case "fds" -> gauges.fds();
            case "rss" -> "rss=" + ProcessGauges.rssKiB();
            case "cpu" -> "cpu=" + ProcessGauges.cpuNanos();
            case "pick" -> "picked=" + pick(Integer.parseInt(words[1])).stream()
                    .map(s -> s.key() + "@" + s.pollerPort()).collect(Collectors.joining(","));
            case "probe" -> probe(Integer.parseInt(words[1]));
            case "mark" -> mark(Integer.parseInt(words[1]));
            case "await" -> awaitBack(Integer.parseInt(words[1]), Duration.ofSeconds(Long.parseLong(words[2])));
            case "verify" -> verify();
            default -> "error=unknown_command_" + words[0];
        };
    }

    private String stats() {
        List<ModemSession> all = List.copyOf(listener.sessions().all());
        long online = all.stream().filter(ModemSession::online).count();
        long ported = all.stream().filter(s -> s.online() && s.pollerPort() > 0).count();
        StringBuilder answer = new StringBuilder()
                .append("online=").append(tally.online())
                .append(" sessions=").append(all.size())
                .append(" onlineScan=").append(online)
                .append(" ported=").append(ported);
        listener.counters().snapshot().forEach((name, value) -> {
            if (value != 0) {
                answer.append(' ').append(name).append('=').append(value);
            }
        });
        return answer.toString();
    }

    private List<ModemSession> pick(int count) {
        List<ModemSession> online = new ArrayList<>(listener.sessions().all().stream()
                .filter(ModemSession::online).toList());
        Collections.shuffle(online, random);
        return online.subList(0, Math.min(count, online.size()));
    }

    private String probe(int count) throws InterruptedException {
        List<ModemSession> chosen = pick(count);
        int echoed = 0;
        for (ModemSession session : chosen) {
            byte[] request = new byte[16];
            random.nextBytes(request);
            try (ModemChannel channel = session.openChannel()) {
                channel.send(request);
                if (Arrays.equals(receive(channel, request.length), request)) {
                    echoed++;
                }
            } catch (ModemChannelException e) {
                // counted as not echoed
            }
        }
        return "probed=" + chosen.size() + " echoed=" + echoed;
    }

    private static byte[] receive(ModemChannel channel, int length) throws ModemChannelException,
            InterruptedException {
        byte[] got = new byte[0];
        long deadline = System.nanoTime() + PROBE_TIMEOUT.toNanos();
        while (got.length < length && System.nanoTime() < deadline) {
            byte[] more = channel.receive(Duration.ofNanos(Math.max(1, deadline - System.nanoTime())));
            byte[] joined = Arrays.copyOf(got, got.length + more.length);
            System.arraycopy(more, 0, joined, got.length, more.length);
            got = joined;
        }
        return got;
    }

    private String mark(int target) {
        Map<SessionKey, Integer> ports = new HashMap<>();
        for (ModemSession session : listener.sessions().all()) {
            ports.put(session.key(), session.pollerPort());
        }
        marked = ports;
        tally.mark(target);
        return "marked=" + ports.size() + " ported=" + ports.values().stream().filter(p -> p > 0).count();
    }

    private String awaitBack(int target, Duration timeout) throws InterruptedException {
        Duration took = tally.awaitBack(timeout);
        return "back=" + tally.back() + " target=" + target + " millis=" + (took == null ? -1 : took.toMillis());
    }

    /** The marked sessions: all there, online, on the port they had; and no session that was not marked. */
    private String verify() {
        int same = 0;
        int moved = 0;
        int missing = 0;
        int offline = 0;
        for (Map.Entry<SessionKey, Integer> entry : marked.entrySet()) {
            var session = listener.sessions().find(entry.getKey());
            if (session.isEmpty()) {
                missing++;
                continue;
            }
            if (!session.get().online()) {
                offline++;
            }
            if (session.get().pollerPort() == entry.getValue()) {
                same++;
            } else {
                moved++;
            }
        }
        int extra = listener.sessions().all().size() - (marked.size() - missing);
        return "marked=" + marked.size() + " samePort=" + same + " moved=" + moved + " missing=" + missing
                + " offline=" + offline + " extra=" + extra;
    }
}
