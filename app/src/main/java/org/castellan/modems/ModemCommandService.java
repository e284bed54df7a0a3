package org.castellan.modems;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.castellan.audit.AuditAction;
import org.castellan.audit.AuditLog;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.NotFoundException;
import org.castellan.platform.Role;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Commands for modems from people (console, API, command line). A command is a row in {@code modem_command} that the
 * gateway node holding the modem's session claims, runs and answers (in this process or in a standalone
 * {@code castellan gateway}), so a command reaches its modem whichever node holds it. {@link #request} waits for
 * the answer up to a limit and returns the command as it then stands; a command no node claimed in time fails
 * ("no gateway node holds the modem") instead of running long after the person gave up.
 *
 * <p>Roles: administrators, engineers and dispatchers; every command is audited ({@code COMMAND}).
 */
@Service
public class ModemCommandService {
    static final String COMMAND = "modem_command";

    private final ModemService modems;
    private final ModemCommandRepository repository;
    private final AuditLog audit;
    private final TransactionTemplate tx;
    private final Clock clock;
    private final Duration wait;

    ModemCommandService(ModemService modems, ModemCommandRepository repository, AuditLog audit,
                        TransactionTemplate tx, GatewayProperties properties) {
        this.modems = modems;
        this.repository = repository;
        this.audit = audit;
        this.tx = tx;
        this.clock = Clock.systemUTC();
        this.wait = properties.commandWait();
    }

    /**
     * Asks a modem for something and waits for the answer (at most {@code castellan.gateway.command-wait}).
     *
     * @throws InvalidInputException when the argument does not suit the kind, or a wake-up has no phone number
     */
    public ModemCommand request(CurrentUser user, long modemId, CommandKind kind, String argument) {
        user.requireAny(Role.ADMIN, Role.ENGINEER, Role.DISPATCHER);
        String arg = checkArgument(kind, argument);
        long id = tx.execute(status -> {
            Modem modem = modems.modem(user, modemId);
            if (kind == CommandKind.WAKE && modem.phone() == null) {
                throw new InvalidInputException("kind", "validation.modemNoPhone", modem.key());
            }
            long created = repository.insert(modemId, kind, arg, user.isSystem() ? null : user.id());
            audit.record(user, modem.orgId(), ModemService.MODEM, modemId, AuditAction.COMMAND, null,
                    arg == null ? Map.of("command", kind.name()) : Map.of("command", kind.name(), "argument", arg));
            return created;
        });
        return await(id, wait);
    }

    /** @return the command, if the caller may see its modem */
    public ModemCommand command(CurrentUser user, long modemId, long commandId) {
        modems.modem(user, modemId);
        return repository.byId(commandId).filter(c -> c.modemId() == modemId)
                .orElseThrow(() -> new NotFoundException(COMMAND, commandId));
    }

    /** @return the modem's latest commands, newest first */
    public List<ModemCommand> recent(CurrentUser user, long modemId) {
        modems.modem(user, modemId);
        return repository.recent(modemId, 20);
    }

    private ModemCommand await(long id, Duration limit) {
        Instant deadline = clock.instant().plus(limit);
        Duration pause = Duration.ofMillis(50);
        while (true) {
            ModemCommand command = repository.byId(id).orElseThrow();
            if (command.finished()) {
                return command;
            }
            if (clock.instant().isAfter(deadline)) {
                if (repository.expire(id, "no gateway node holds the modem's session", clock.instant())) {
                    return repository.byId(id).orElseThrow();
                }
                return command; // running: the node answers later, the command can be read then
            }
            try {
                Thread.sleep(pause);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return command;
            }
            pause = pause.multipliedBy(2).compareTo(Duration.ofMillis(400)) > 0 ? Duration.ofMillis(400)
                    : pause.multipliedBy(2);
        }
    }

    static String checkArgument(CommandKind kind, String argument) {
        String arg = argument == null || argument.isBlank() ? null : argument.trim();
        switch (kind) {
            case OUTPUT -> {
                if (arg == null || !arg.matches("[0-9]{1,2}=[01]")) {
                    throw new InvalidInputException("argument", "validation.modemOutput");
                }
            }
            case TEXT -> {
                if (arg == null || !arg.matches("\\$[\\x21-\\x7e]{1,60}")) {
                    throw new InvalidInputException("argument", "validation.modemText");
                }
            }
            default -> arg = null;
        }
        return arg;
    }
}
