package org.castellan.modems;

import java.io.IOException;
import java.util.Locale;
import org.castellan.modems.sheet.Format;
import org.castellan.org.OrgService;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.Role;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * The console's modem import (upload, check or import, the row-by-row report) and export (XLSX or CSV download).
 */
@Controller
class ModemSheetPages {
    private final ModemSheetService sheets;
    private final OrgService orgs;

    ModemSheetPages(ModemSheetService sheets, OrgService orgs) {
        this.sheets = sheets;
        this.orgs = orgs;
    }

    @GetMapping("/modems/import")
    String form(CurrentUser me, Model model) {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        model.addAttribute("organizations", orgs.organizations(me));
        return "modems/import";
    }

    @PostMapping("/modems/import")
    String upload(CurrentUser me, @RequestParam("file") MultipartFile file,
                  @RequestParam(required = false) Long orgId,
                  @RequestParam(defaultValue = "false") boolean dryRun, Model model) throws IOException {
        me.requireAny(Role.ADMIN, Role.ENGINEER);
        model.addAttribute("organizations", orgs.organizations(me));
        model.addAttribute("orgId", orgId);
        model.addAttribute("filename", file.getOriginalFilename());
        model.addAttribute("result", sheets.importFile(me, file.getOriginalFilename(), file.getBytes(), orgId, dryRun));
        return "modems/import";
    }

    @GetMapping("/modems/export")
    ResponseEntity<StreamingResponseBody> export(CurrentUser me, @RequestParam(defaultValue = "xlsx") String format) {
        return download(sheets, me, format);
    }

    /** The export as a download named {@code modems.xlsx} or {@code modems.csv}. */
    static ResponseEntity<StreamingResponseBody> download(ModemSheetService sheets, CurrentUser user, String format) {
        Format chosen = switch (format.toLowerCase(Locale.ROOT)) {
            case "xlsx" -> Format.XLSX;
            case "csv" -> Format.CSV;
            default -> throw new InvalidInputException("format", "validation.sheetFormat");
        };
        MediaType type = chosen == Format.XLSX
                ? MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet")
                : new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);
        String name = "modems." + chosen.name().toLowerCase(Locale.ROOT);
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(name).build().toString())
                .body(out -> sheets.export(user, chosen, out));
    }
}
