package org.castellan.duty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The handover snapshot built from fake sources, without Spring. */
class SituationTest {
    private static final Instant T0 = Instant.parse("2026-03-01T08:00:00Z");

    /** A source that knows a fixed list per organization, as the alarms or repair-order adapters would. */
    private static SituationSource fake(Map<Long, List<SituationItem>> byOrg) {
        return orgId -> byOrg.getOrDefault(orgId, List.of());
    }

    @Test
    void theSnapshotIsTheUnionOfAllSourcesForTheOrganizationOnly() {
        SituationItem alarm = new SituationItem("alarm", 1, "Boiler room modem offline", "MAJOR", T0);
        SituationItem order = new SituationItem("repair_order", 7, "Replace reader at gate 2", null, T0);
        SituationItem otherOrg = new SituationItem("alarm", 2, "Other tenant", "CRITICAL", T0);
        Situation situation = new Situation(List.of(fake(Map.of(10L, List.of(alarm), 11L, List.of(otherOrg))),
                fake(Map.of(10L, List.of(order)))));

        assertThat(situation.snapshot(10)).containsExactly(alarm, order);
    }

    @Test
    void alarmsComeFirstThenTheMostSevereThenTheOldest() {
        SituationItem order = new SituationItem("repair_order", 1, "Order", "CRITICAL", T0);
        SituationItem minorOld = new SituationItem("alarm", 2, "Minor old", "MINOR", T0);
        SituationItem criticalNew = new SituationItem("alarm", 3, "Critical new", "CRITICAL", T0.plusSeconds(60));
        SituationItem criticalOld = new SituationItem("alarm", 4, "Critical old", "critical", T0);
        SituationItem noSeverity = new SituationItem("alarm", 5, "No severity", null, null);
        Situation situation = new Situation(List.of(fake(Map.of(1L,
                List.of(order, minorOld, criticalNew, noSeverity, criticalOld)))));

        assertThat(situation.snapshot(1)).containsExactly(criticalOld, criticalNew, minorOld, noSeverity, order);
    }

    @Test
    void anItemReportedByTwoSourcesIsListedOnce() {
        SituationItem alarm = new SituationItem("alarm", 1, "Door forced", "CRITICAL", T0);
        Situation situation = new Situation(List.of(fake(Map.of(1L, List.of(alarm))), fake(Map.of(1L, List.of(alarm)))));

        assertThat(situation.snapshot(1)).containsExactly(alarm);
    }

    @Test
    void withoutSourcesNothingIsOpen() {
        assertThat(new Situation(List.of()).snapshot(1)).isEmpty();
    }

    @Test
    void aSourceThatCannotAnswerRefusesTheSnapshotRatherThanLeavingItsItemsOut() {
        SituationSource broken = orgId -> {
            throw new IllegalStateException("alarms unavailable");
        };
        Situation situation = new Situation(List.of(fake(Map.of()), broken));

        assertThatThrownBy(() -> situation.snapshot(1)).hasMessage("alarms unavailable");
    }

    @Test
    void aStoredSnapshotReadsBackAsTheSameItems() {
        List<SituationItem> items = List.of(new SituationItem("alarm", 3, "Котельная: нет связи", "MAJOR", T0),
                new SituationItem("repair_order", 9, "门禁故障", null, null));

        assertThat(DutyRepository.items(org.castellan.platform.Json.write(Map.of("items", items)))).isEqualTo(items);
    }

    @Test
    void theFingerprintChangesWhenAnItemIsAddedOrItsSeverityChanges() {
        SituationItem alarm = new SituationItem("alarm", 1, "Door forced", "MAJOR", T0);
        SituationItem worse = new SituationItem("alarm", 1, "Door forced", "CRITICAL", T0);
        SituationItem order = new SituationItem("repair_order", 2, "Replace lock", null, null);

        assertThat(Situation.fingerprint(List.of(alarm))).isEqualTo(Situation.fingerprint(List.of(alarm)))
                .isNotEqualTo(Situation.fingerprint(List.of(worse)))
                .isNotEqualTo(Situation.fingerprint(List.of(alarm, order)))
                .isNotEqualTo(Situation.fingerprint(List.of()));
    }
}
