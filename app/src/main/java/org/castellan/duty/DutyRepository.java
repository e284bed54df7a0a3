package org.castellan.duty;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.castellan.platform.Json;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for the duty tables. No scope checks: {@link DutyService} does them. */
@Repository
class DutyRepository {
    private final JdbcClient jdbc;

    DutyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<Shift> shift(long id, boolean lock) {
        return jdbc.sql("select * from duty_shift where id = :id" + (lock ? " for update" : ""))
                .param("id", id).query(DutyRepository::shift).optional();
    }

    Optional<Shift> openShift(long orgId) {
        return jdbc.sql("select * from duty_shift where org_id = :org and state = 'OPEN'")
                .param("org", orgId).query(DutyRepository::shift).optional();
    }

    List<Shift> shifts(long orgId, int limit) {
        return jdbc.sql("select * from duty_shift where org_id = :org order by started_at desc, id desc limit :limit")
                .param("org", orgId).param("limit", limit).query(DutyRepository::shift).list();
    }

    long insertShift(long orgId, long dispatcherId, String dispatcherName, Instant start, Instant plannedEnd) {
        return jdbc.sql("""
                insert into duty_shift (org_id, dispatcher_id, dispatcher_name, started_at, planned_end)
                values (:org, :user, :name, :start, :end) returning id""")
                .param("org", orgId).param("user", dispatcherId).param("name", dispatcherName)
                .param("start", Timestamp.from(start)).param("end", Timestamp.from(plannedEnd))
                .query(Long.class).single();
    }

    void endShift(long id, ShiftState state, Instant at) {
        jdbc.sql("update duty_shift set state = :state, ended_at = :at where id = :id")
                .param("state", state.name()).param("at", Timestamp.from(at)).param("id", id).update();
    }

    long insertEntry(Shift shift, long authorId, String authorName, Instant at, EntryKind kind, String text) {
        return jdbc.sql("""
                insert into duty_entry (shift_id, org_id, author_id, author_name, at, kind, text)
                values (:shift, :org, :author, :name, :at, :kind, :text) returning id""")
                .param("shift", shift.id()).param("org", shift.orgId()).param("author", authorId)
                .param("name", authorName).param("at", Timestamp.from(at)).param("kind", kind.name())
                .param("text", text).query(Long.class).single();
    }

    Optional<DutyEntry> entry(long id) {
        return jdbc.sql("select * from duty_entry where id = :id").param("id", id).query(DutyRepository::entry)
                .optional();
    }

    List<DutyEntry> entries(long shiftId) {
        return jdbc.sql("select * from duty_entry where shift_id = :shift order by at, id")
                .param("shift", shiftId).query(DutyRepository::entry).list();
    }

    long insertHandover(Shift from, long outgoingId, String outgoingName, List<SituationItem> situation, String note,
                        Instant at) {
        return jdbc.sql("""
                insert into duty_handover (org_id, from_shift_id, outgoing_id, outgoing_name, situation, outgoing_note,
                                           confirmed_at)
                values (:org, :shift, :user, :name, cast(:situation as jsonb), :note, :at) returning id""")
                .param("org", from.orgId()).param("shift", from.id()).param("user", outgoingId)
                .param("name", outgoingName).param("situation", Json.write(Map.of("items", situation)))
                .param("note", note).param("at", Timestamp.from(at)).query(Long.class).single();
    }

    Optional<Handover> handover(long id, boolean lock) {
        return jdbc.sql("select * from duty_handover where id = :id" + (lock ? " for update" : ""))
                .param("id", id).query(DutyRepository::handover).optional();
    }

    Optional<Handover> pendingHandover(long fromShiftId) {
        return jdbc.sql("select * from duty_handover where from_shift_id = :shift and state = 'CONFIRMED'")
                .param("shift", fromShiftId).query(DutyRepository::handover).optional();
    }

    List<Handover> handovers(long orgId, int limit) {
        return jdbc.sql("""
                select * from duty_handover where org_id = :org and state <> 'CANCELLED'
                order by confirmed_at desc, id desc limit :limit""")
                .param("org", orgId).param("limit", limit).query(DutyRepository::handover).list();
    }

    void accept(long id, long toShiftId, long incomingId, String incomingName, String note, Instant at) {
        jdbc.sql("""
                update duty_handover set state = 'ACCEPTED', to_shift_id = :to, incoming_id = :user,
                       incoming_name = :name, accepted_note = :note, accepted_at = :at
                where id = :id""")
                .param("to", toShiftId).param("user", incomingId).param("name", incomingName).param("note", note)
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    void cancel(long id, Instant at) {
        jdbc.sql("update duty_handover set state = 'CANCELLED', cancelled_at = :at where id = :id")
                .param("at", Timestamp.from(at)).param("id", id).update();
    }

    private static Shift shift(ResultSet rs, int row) throws SQLException {
        return new Shift(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("dispatcher_id"),
                rs.getString("dispatcher_name"), instant(rs, "started_at"), instant(rs, "planned_end"),
                instant(rs, "ended_at"), ShiftState.valueOf(rs.getString("state")));
    }

    private static DutyEntry entry(ResultSet rs, int row) throws SQLException {
        return new DutyEntry(rs.getLong("id"), rs.getLong("shift_id"), rs.getLong("org_id"), rs.getLong("author_id"),
                rs.getString("author_name"), instant(rs, "at"), EntryKind.valueOf(rs.getString("kind")),
                rs.getString("text"));
    }

    private static Handover handover(ResultSet rs, int row) throws SQLException {
        return new Handover(rs.getLong("id"), rs.getLong("org_id"), rs.getLong("from_shift_id"),
                rs.getObject("to_shift_id", Long.class), rs.getLong("outgoing_id"), rs.getString("outgoing_name"),
                rs.getObject("incoming_id", Long.class), rs.getString("incoming_name"),
                items(rs.getString("situation")), rs.getString("outgoing_note"), instant(rs, "confirmed_at"),
                instant(rs, "accepted_at"), rs.getString("accepted_note"), instant(rs, "cancelled_at"),
                HandoverState.valueOf(rs.getString("state")));
    }

    /** The stored snapshot back as items; written by {@link #insertHandover} as {@code {"items": [...]}}. */
    static List<SituationItem> items(String json) {
        Object items = Json.readMap(json).get("items");
        if (!(items instanceof List<?> list)) {
            return List.of();
        }
        return list.stream().map(Map.class::cast).map(m -> new SituationItem(String.valueOf(m.get("kind")),
                ((Number) m.get("id")).longValue(), String.valueOf(m.get("title")),
                m.get("severity") == null ? null : String.valueOf(m.get("severity")),
                m.get("since") == null ? null : Instant.parse(String.valueOf(m.get("since"))))).toList();
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
