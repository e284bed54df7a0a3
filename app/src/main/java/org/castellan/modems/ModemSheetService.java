package org.castellan.modems;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.castellan.modems.sheet.Format;
import org.castellan.modems.sheet.ModemRow;
import org.castellan.modems.sheet.ModemSheets;
import org.castellan.modems.sheet.SheetProblem;
import org.castellan.modems.sheet.SheetReport;
import org.castellan.org.OrgService;
import org.castellan.org.Organization;
import org.castellan.org.Site;
import org.castellan.platform.CurrentUser;
import org.castellan.platform.InvalidInputException;
import org.castellan.platform.Role;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.interceptor.TransactionAspectSupport;
import org.springframework.transaction.annotation.Transactional;

/**
 * The modem list as a spreadsheet (seed 004 §11: "add modems from an Excel file"): import with a row-by-row report
 * and nothing half-imported, and export of the modems the caller can see. Rows name organizations and sites by
 * name; a row without an organization goes to the one the person chose. A row for a modem already registered in one
 * of the caller's organizations changes it; a pending modem is registered; one registered elsewhere is an error.
 * Every change goes through {@link ModemService}, so it is checked and audited like a form, inside one transaction
 * that is rolled back when any row fails.
 */
@Service
public class ModemSheetService {
    private final ModemService modems;
    private final OrgService orgs;
    private final MessageSource messages;

    ModemSheetService(ModemService modems, OrgService orgs, MessageSource messages) {
        this.modems = modems;
        this.orgs = orgs;
        this.messages = messages;
    }

    /**
     * Checks a file and, unless {@code dryRun} or anything is wrong, imports every row.
     *
     * @param defaultOrgId the organization of rows that name none; may be null when every row names one
     */
    @Transactional
    public ModemImport importFile(CurrentUser user, String filename, byte[] content, Long defaultOrgId,
                                  boolean dryRun) {
        user.requireAny(Role.ADMIN, Role.ENGINEER);
        SheetReport report;
        try {
            report = ModemSheets.read(new ByteArrayInputStream(content),
                    Format.detect(filename == null ? "" : filename, content));
        } catch (IOException e) {
            throw new UncheckedIOException(e); // an in-memory stream does not fail
        }
        List<SheetProblem> problems = new ArrayList<>(report.problems());
        if (report.hasErrors()) {
            return result(dryRun, false, 0, 0, problems);
        }
        List<Organization> organizations = orgs.organizations(user);
        Map<String, Organization> byName = organizations.stream()
                .collect(Collectors.toMap(o -> key(o.name()), Function.identity(), (a, b) -> a));
        Map<Long, Map<String, Site>> sites = new java.util.HashMap<>();
        int created = 0;
        int updated = 0;
        for (ModemRow row : report.rows()) {
            Optional<ModemForm> form = form(user, row, byName, organizations, defaultOrgId, sites, problems);
            if (form.isEmpty()) {
                continue;
            }
            try {
                Optional<Modem> existing = modems.byKey(user, row.imei(), row.channel());
                if (existing.isPresent() && !existing.get().pending()) {
                    modems.update(user, existing.get().id(), form.get());
                    updated++;
                } else {
                    modems.register(user, form.get());
                    created++;
                }
            } catch (InvalidInputException e) {
                e.problems().forEach(p -> problems.add(error(row.line(), p.field(), row.imei(),
                        messages.getMessage(p.messageKey(), p.arguments().toArray(), Locale.ENGLISH), "row.refused")));
            }
        }
        boolean failed = new SheetReport(List.of(), problems).hasErrors();
        if (failed || dryRun) {
            // nothing half-imported: every row above ran in this transaction, and none of it stays
            TransactionAspectSupport.currentTransactionStatus().setRollbackOnly();
            return failed ? result(dryRun, false, 0, 0, problems) : result(true, false, created, updated, problems);
        }
        return result(false, true, created, updated, problems);
    }

    /** Writes the modems the caller can see (registered ones; pending modems have no organization to export). */
    @Transactional(readOnly = true)
    public void export(CurrentUser user, Format format, OutputStream out) throws IOException {
        Map<Long, String> orgNames = orgs.organizations(user).stream()
                .collect(Collectors.toMap(Organization::id, Organization::name, (a, b) -> a));
        Map<Long, String> siteNames = orgs.allSites(user).stream()
                .collect(Collectors.toMap(Site::id, Site::name, (a, b) -> a));
        List<ModemRow> rows = modems.modems(user, new ModemFilter(null, null, null, false, null)).stream()
                .map(m -> new ModemRow(0, m.imei(), m.channel(), m.name(), orgNames.get(m.orgId()),
                        m.siteId() == null ? null : siteNames.get(m.siteId()), m.phone(), m.model(), m.pollerPort(),
                        m.sharing(), m.notes()))
                .toList();
        ModemSheets.write(rows, format, out);
    }

    private Optional<ModemForm> form(CurrentUser user, ModemRow row, Map<String, Organization> byName,
                                     List<Organization> organizations, Long defaultOrgId,
                                     Map<Long, Map<String, Site>> sites, List<SheetProblem> problems) {
        Long orgId;
        if (row.organization() != null) {
            Organization org = byName.get(key(row.organization()));
            if (org == null) {
                problems.add(error(row.line(), "organization", row.organization(),
                        "no organization of yours is called '" + row.organization() + "'", "organization.unknown"));
                return Optional.empty();
            }
            orgId = org.id();
        } else if (defaultOrgId != null && organizations.stream().anyMatch(o -> o.id() == defaultOrgId)) {
            orgId = defaultOrgId;
        } else {
            problems.add(error(row.line(), "organization", "", "the row names no organization and none was chosen "
                    + "for such rows", "organization.missing"));
            return Optional.empty();
        }
        Long siteId = null;
        if (row.site() != null) {
            Site site = sites.computeIfAbsent(orgId, id -> orgs.sites(user, id).stream()
                    .collect(Collectors.toMap(s -> key(s.name()), Function.identity(), (a, b) -> a)))
                    .get(key(row.site()));
            if (site == null) {
                problems.add(error(row.line(), "site", row.site(), "the organization has no site called '"
                        + row.site() + "'", "site.unknown"));
                return Optional.empty();
            }
            siteId = site.id();
        }
        return Optional.of(new ModemForm(row.imei(), row.channel(), orgId, siteId, null, row.name(), row.phone(),
                row.model(), row.pollerPort(), row.sharing(), row.notes()));
    }

    private ModemImport result(boolean dryRun, boolean imported, int created, int updated,
                               List<SheetProblem> problems) {
        long errors = new SheetReport(List.of(), problems).errors().size();
        String summary = errors > 0
                ? errors + " error(s): nothing was imported; correct the file and import it again."
                : dryRun ? "The file is fine: " + created + " modem(s) would be registered and " + updated
                        + " changed."
                : "Imported: " + created + " modem(s) registered, " + updated + " changed.";
        return new ModemImport(dryRun, imported, created, updated, problems, summary);
    }

    private static SheetProblem error(int line, String column, String value, String message, String code) {
        return new SheetProblem(line, column, value, message, SheetProblem.Severity.ERROR, code);
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
