package org.castellan.duty;

import java.time.Instant;
import java.util.List;

/**
 * A shift handover (DB33/T 830 §4.4.1.4): the situation the outgoing dispatcher confirmed, with their note and
 * time, and, once accepted, the incoming dispatcher, their note and time and the shift they opened.
 *
 * @param toShiftId    null until accepted
 * @param incomingId   null until accepted
 * @param situation    the snapshot as confirmed; it does not change when alarms change later
 */
public record Handover(long id, long orgId, long fromShiftId, Long toShiftId, long outgoingId, String outgoingName,
                       Long incomingId, String incomingName, List<SituationItem> situation, String outgoingNote,
                       Instant confirmedAt, Instant acceptedAt, String acceptedNote, Instant cancelledAt,
                       HandoverState state) {
    public Handover {
        situation = List.copyOf(situation);
    }

    public boolean pending() {
        return state == HandoverState.CONFIRMED;
    }
}
