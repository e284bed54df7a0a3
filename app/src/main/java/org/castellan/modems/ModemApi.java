package org.castellan.modems;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.util.List;
import org.castellan.api.Created;
import org.castellan.platform.CurrentUser;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The modem registry, session history and commands over the API ({@code castellan modems …} is its client). Scope
 * and roles are checked by {@link ModemService} and {@link ModemCommandService}.
 */
@RestController
@Tag(name = "Modems", description = "GPRS modems behind the gateway: registry, sessions, commands, wake-up")
class ModemApi {
    private final ModemService modems;
    private final ModemCommandService commands;
    private final ModemSheetService sheets;

    ModemApi(ModemService modems, ModemCommandService commands, ModemSheetService sheets) {
        this.modems = modems;
        this.commands = commands;
        this.sheets = sheets;
    }

    /** What the API asks a modem. */
    record CommandRequest(@NotNull CommandKind kind, String argument) {
    }

    @GetMapping("/api/v1/modems")
    @Operation(summary = "List modems: IMEI, channel, online, poller port, signal, SIM, GPIO")
    List<Modem> list(CurrentUser user,
                     @RequestParam(required = false) Long orgId,
                     @RequestParam(required = false) Long siteId,
                     @RequestParam(required = false) Boolean online,
                     @Parameter(description = "true: pending modems only (seen, not registered)")
                     @RequestParam(required = false) Boolean pending,
                     @Parameter(description = "Part of the IMEI, name, phone or ICCID")
                     @RequestParam(required = false) String q) {
        return modems.modems(user, new ModemFilter(orgId, siteId, online, pending, q));
    }

    @PostMapping("/api/v1/modems")
    @Operation(summary = "Register a modem, or a pending one the gateway has seen (administrator or engineer)")
    ResponseEntity<Modem> register(CurrentUser user, @Valid @RequestBody ModemForm form) {
        Modem created = modems.register(user, form);
        return Created.at("/api/v1/modems/{id}", created.id(), created);
    }

    @GetMapping("/api/v1/modems/{id}")
    @Operation(summary = "Get a modem")
    Modem modem(CurrentUser user, @PathVariable long id) {
        return modems.modem(user, id);
    }

    @PutMapping("/api/v1/modems/{id}")
    @Operation(summary = "Change a modem (administrator or engineer)")
    Modem update(CurrentUser user, @PathVariable long id, @Valid @RequestBody ModemForm form) {
        return modems.update(user, id, form);
    }

    @DeleteMapping("/api/v1/modems/{id}")
    @ResponseStatus(HttpStatus.NO_CONTENT)
    @Operation(summary = "Remove a modem and its device (administrator or engineer)")
    void delete(CurrentUser user, @PathVariable long id) {
        modems.delete(user, id);
    }

    @GetMapping("/api/v1/modems/{id}/sessions")
    @Operation(summary = "The modem's latest connections, newest first, with byte counts")
    List<ModemSession> sessions(CurrentUser user, @PathVariable long id) {
        return modems.sessions(user, id);
    }

    @PostMapping("/api/v1/modems/{id}/commands")
    @Operation(summary = "Send a command and wait for the answer (administrator, engineer or dispatcher)",
            description = "200 with the finished command; 202 when it is still running after the wait "
                    + "(castellan.gateway.command-wait): read it later at the Location.")
    ResponseEntity<ModemCommand> command(CurrentUser user, @PathVariable long id,
                                         @Valid @RequestBody CommandRequest request) {
        return answered(commands.request(user, id, request.kind(), request.argument()));
    }

    @PostMapping("/api/v1/modems/{id}/wake")
    @Operation(summary = "Wake the modem through the local GSM modem (call or SMS) so it reconnects")
    ResponseEntity<ModemCommand> wake(CurrentUser user, @PathVariable long id) {
        return answered(commands.request(user, id, CommandKind.WAKE, null));
    }

    @GetMapping("/api/v1/modems/{id}/commands")
    @Operation(summary = "The modem's latest commands, newest first")
    List<ModemCommand> recent(CurrentUser user, @PathVariable long id) {
        return commands.recent(user, id);
    }

    @GetMapping("/api/v1/modems/{id}/commands/{commandId}")
    @Operation(summary = "One command and its answer")
    ModemCommand command(CurrentUser user, @PathVariable long id, @PathVariable long commandId) {
        return commands.command(user, id, commandId);
    }

    @PostMapping(path = "/api/v1/modems/import", consumes = MediaType.ALL_VALUE)
    @Operation(summary = "Import modems from an XLSX or CSV file sent as the body (administrator or engineer)",
            description = "All rows or none: 200 with the report when imported (or checked, with dryRun), 422 with "
                    + "the row-by-row report when any row is wrong.")
    ResponseEntity<ModemImport> importFile(CurrentUser user, @RequestBody byte[] content,
                                           @Parameter(description = "The file's name; .xlsx or .csv")
                                           @RequestParam(defaultValue = "upload.csv") String filename,
                                           @Parameter(description = "Organization of rows that name none")
                                           @RequestParam(required = false) Long orgId,
                                           @RequestParam(defaultValue = "false") boolean dryRun) {
        ModemImport result = sheets.importFile(user, filename, content, orgId, dryRun);
        return ResponseEntity.status(result.hasErrors() ? HttpStatus.UNPROCESSABLE_CONTENT : HttpStatus.OK)
                .body(result);
    }

    @GetMapping("/api/v1/modems/export")
    @Operation(summary = "Export the modems you can see as XLSX or CSV")
    ResponseEntity<StreamingResponseBody> export(CurrentUser user,
                                                 @Parameter(description = "xlsx (default) or csv")
                                                 @RequestParam(defaultValue = "xlsx") String format) {
        return ModemSheetPages.download(sheets, user, format);
    }

    private static ResponseEntity<ModemCommand> answered(ModemCommand command) {
        if (command.finished()) {
            return ResponseEntity.ok(command);
        }
        return ResponseEntity.accepted()
                .location(java.net.URI.create("/api/v1/modems/" + command.modemId() + "/commands/" + command.id()))
                .body(command);
    }
}
