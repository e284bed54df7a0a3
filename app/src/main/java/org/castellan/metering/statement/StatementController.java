package org.castellan.metering.statement;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.castellan.platform.CurrentUser;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The heat statement as a file, in the console ({@code /meters/{id}/statement}) and the API
 * ({@code /api/v1/meters/{id}/statement}): {@code month=2026-10} for the monthly statement, {@code day=2026-10-05}
 * for the hourly one; {@code format=pdf|xlsx}; {@code language=ru|en} (the caller's language when absent, English for
 * any other). Not {@code lang}: in the console that parameter switches the person's own language.
 */
@RestController
@Tag(name = "Meters")
class StatementController {
    private final StatementService statements;

    StatementController(StatementService statements) {
        this.statements = statements;
    }

    @GetMapping("/meters/{id}/statement")
    ResponseEntity<byte[]> console(CurrentUser user, @PathVariable long id,
                                   @RequestParam(required = false) YearMonth month,
                                   @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                                   LocalDate day,
                                   @RequestParam(defaultValue = "pdf") String format,
                                   @RequestParam(required = false) String language, Locale locale) {
        return file(user, id, month, day, format, language, locale);
    }

    @GetMapping("/api/v1/meters/{id}/statement")
    @Operation(summary = "The heat consumption statement of a month (or the hourly one of a day) as PDF or XLSX")
    ResponseEntity<byte[]> api(CurrentUser user, @PathVariable long id,
                               @RequestParam(required = false) YearMonth month,
                               @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                               LocalDate day,
                               @RequestParam(defaultValue = "pdf") String format,
                               @RequestParam(required = false) String language, Locale locale) {
        return file(user, id, month, day, format, language, locale);
    }

    private ResponseEntity<byte[]> file(CurrentUser user, long id, YearMonth month, LocalDate day, String format,
            String lang, Locale locale) {
        StatementService.Format kind = switch (format.toLowerCase(Locale.ROOT)) {
            case "pdf" -> StatementService.Format.PDF;
            case "xlsx" -> StatementService.Format.XLSX;
            default -> throw new org.castellan.platform.InvalidInputException("format", "validation.statementFormat",
                    format);
        };
        String language = lang == null || lang.isBlank() ? locale.getLanguage() : lang.toLowerCase(Locale.ROOT);
        Locale statementLocale = "ru".equals(language) ? Locale.forLanguageTag("ru") : Locale.ENGLISH;
        YearMonth period = month != null ? month : YearMonth.now().minusMonths(1);
        StatementService.Document document = statements.document(user, id, period, day, kind, statementLocale);
        return ResponseEntity.ok().contentType(MediaType.parseMediaType(document.contentType()))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(document.fileName()).build().toString())
                .body(document.bytes());
    }
}
