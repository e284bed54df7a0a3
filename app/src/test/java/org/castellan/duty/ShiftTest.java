package org.castellan.duty;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** When a shift is overdue (DB33/T 830 §4.4.1.1: 24-hour duty). */
class ShiftTest {
    private static final Instant START = Instant.parse("2026-03-01T08:00:00Z");

    private static Shift shift(ShiftState state) {
        return new Shift(1, 1, 1, "Anna", START, START.plus(Duration.ofHours(24)),
                state == ShiftState.OPEN ? null : START.plus(Duration.ofHours(30)), state);
    }

    @Test
    void anOpenShiftIsOverdueOnlyAfterItsPlannedEnd() {
        assertThat(shift(ShiftState.OPEN).overdue(START.plus(Duration.ofHours(24)))).isFalse();
        assertThat(shift(ShiftState.OPEN).overdue(START.plus(Duration.ofHours(24)).plusSeconds(1))).isTrue();
    }

    @Test
    void anEndedShiftIsNeverOverdue() {
        assertThat(shift(ShiftState.HANDED_OVER).overdue(START.plus(Duration.ofDays(3)))).isFalse();
        assertThat(shift(ShiftState.CLOSED).overdue(START.plus(Duration.ofDays(3)))).isFalse();
    }

    @Test
    void anOrganizationMayHaveItsOwnShiftLength() {
        DutyProperties properties = new DutyProperties(Duration.ofHours(24), java.util.Map.of(7L, Duration.ofHours(12)));

        assertThat(properties.shiftLength(7)).isEqualTo(Duration.ofHours(12));
        assertThat(properties.shiftLength(8)).isEqualTo(Duration.ofHours(24));
    }
}
