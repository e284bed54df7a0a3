package org.castellan.modems;

import java.util.List;
import org.castellan.modems.sheet.SheetProblem;

/**
 * What an import did or would do: nothing at all when {@link #problems} holds an error (the file is checked whole
 * before anything is written), otherwise every row.
 *
 * @param dryRun   the file was only checked
 * @param imported false when nothing was written (errors, or a dry run)
 * @param created  rows that registered a new modem (or a pending one)
 * @param updated  rows that changed a modem already registered
 * @param summary  one sentence for people
 */
public record ModemImport(boolean dryRun, boolean imported, int created, int updated, List<SheetProblem> problems,
                          String summary) {
    public ModemImport {
        problems = List.copyOf(problems);
    }

    /** @return whether any problem is an error (then nothing was imported) */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == SheetProblem.Severity.ERROR);
    }
}
