package org.castellan.duty;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * The current situation of an organization: the union of what every {@link SituationSource} reports, in the order
 * a dispatcher reads it — by kind (alarms first), then the most severe, then the oldest. Plain Java, so the
 * snapshot logic is tested with fake sources without Spring.
 */
public final class Situation {
    private static final Map<String, Integer> KIND_ORDER = Map.of("alarm", 0, "repair_order", 1);
    private static final List<String> SEVERITY_ORDER = List.of("CRITICAL", "MAJOR", "MINOR", "WARNING", "INFO");
    static final Comparator<SituationItem> READING_ORDER = Comparator
            .comparingInt((SituationItem i) -> KIND_ORDER.getOrDefault(i.kind(), KIND_ORDER.size()))
            .thenComparing(SituationItem::kind)
            .thenComparingInt(Situation::severityRank)
            .thenComparing(SituationItem::since, Comparator.nullsLast(Comparator.<Instant>naturalOrder()))
            .thenComparingLong(SituationItem::id);

    private final List<SituationSource> sources;

    public Situation(List<SituationSource> sources) {
        this.sources = List.copyOf(sources);
    }

    /** @return everything open in the organization now, in reading order; empty when there are no sources */
    public List<SituationItem> snapshot(long orgId) {
        return sources.stream().flatMap(s -> s.open(orgId).stream()).distinct().sorted(READING_ORDER).toList();
    }

    /**
     * A short digest of a snapshot, put in the confirm form next to the list the outgoing dispatcher looked at, so
     * that a confirmation is refused when the situation changed in between (they confirm what they saw, §4.4.1.4).
     */
    public static String fingerprint(List<SituationItem> items) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (SituationItem i : items) {
                sha.update((i.kind() + "\u0000" + i.id() + "\u0000" + i.title() + "\u0000" + i.severity() + "\u0000"
                        + i.since() + "\n").getBytes(StandardCharsets.UTF_8));
            }
            return HexFormat.of().formatHex(sha.digest(), 0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    private static int severityRank(SituationItem item) {
        int rank = item.severity() == null ? -1 : SEVERITY_ORDER.indexOf(item.severity().toUpperCase(java.util.Locale.ROOT));
        return rank < 0 ? SEVERITY_ORDER.size() : rank;
    }
}
