package org.castellan.modems;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for modem_command: requests, claims by gateway nodes, results. */
@Repository
class ModemCommandRepository {
    private final JdbcClient jdbc;

    ModemCommandRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    long insert(long modemId, CommandKind kind, String argument, Long userId) {
        return jdbc.sql("""
                insert into modem_command (modem_id, kind, argument, requested_by) values (:modem, :kind, :arg, :user)
                returning id""")
                .param("modem", modemId).param("kind", kind.name()).param("arg", argument).param("user", userId)
                .query(Long.class).single();
    }

    Optional<ModemCommand> byId(long id) {
        return jdbc.sql("select * from modem_command where id = :id").param("id", id)
                .query(ModemCommandRepository::map).optional();
    }

    List<ModemCommand> recent(long modemId, int limit) {
        return jdbc.sql("select * from modem_command where modem_id = :id order by requested_at desc, id desc limit :n")
                .param("id", modemId).param("n", limit).query(ModemCommandRepository::map).list();
    }

    /**
     * Claims the oldest pending command this node can run: of a modem whose session it holds, or a wake-up when
     * it has a GSM modem. Concurrent nodes skip each other's locked rows.
     */
    Optional<ModemCommand> claim(String node, Long[] onlineModems, boolean canWake) {
        return jdbc.sql("""
                update modem_command set state = 'RUNNING', claimed_by = :node
                where id = (select id from modem_command
                            where state = 'PENDING'
                              and ((kind <> 'WAKE' and modem_id = any(:modems)) or (kind = 'WAKE' and :wake))
                            order by requested_at, id for update skip locked limit 1)
                returning *""")
                .param("node", node).param("modems", onlineModems).param("wake", canWake)
                .query(ModemCommandRepository::map).optional();
    }

    void finish(long id, String answer, Instant at) {
        jdbc.sql("update modem_command set state = 'DONE', answer = :answer, finished_at = :at where id = :id")
                .param("answer", answer).param("at", Timestamp.from(at)).param("id", id).update();
    }

    void fail(long id, String error, Instant at) {
        jdbc.sql("""
                update modem_command set state = 'FAILED', error = :error, finished_at = :at
                where id = :id and state in ('PENDING', 'RUNNING')""")
                .param("error", error).param("at", Timestamp.from(at)).param("id", id).update();
    }

    /** A pending command nobody claimed in time fails, so it cannot run long after the person gave up. */
    boolean expire(long id, String error, Instant at) {
        return jdbc.sql("""
                update modem_command set state = 'FAILED', error = :error, finished_at = :at
                where id = :id and state = 'PENDING'""")
                .param("error", error).param("at", Timestamp.from(at)).param("id", id).update() == 1;
    }

    private static ModemCommand map(ResultSet rs, int row) throws SQLException {
        Timestamp finished = rs.getTimestamp("finished_at");
        return new ModemCommand(rs.getLong("id"), rs.getLong("modem_id"), CommandKind.valueOf(rs.getString("kind")),
                rs.getString("argument"), rs.getString("state"), rs.getString("answer"), rs.getString("error"),
                rs.getObject("requested_by", Long.class), rs.getTimestamp("requested_at").toInstant(),
                rs.getString("claimed_by"), finished == null ? null : finished.toInstant());
    }
}
