package org.castellan.modems.sheet;

import java.util.List;

/**
 * What reading a sheet found.
 *
 * @param rows     the rows that passed every check, in file order; rows with an error are left out, so a caller
 *                 that imports must first check {@link #hasErrors()} and import nothing when it is true
 * @param problems errors and warnings in file order (file-level ones, on line 0, first when found first)
 */
public record SheetReport(List<ModemRow> rows, List<SheetProblem> problems) {

    public SheetReport {
        rows = List.copyOf(rows);
        problems = List.copyOf(problems);
    }

    /** Whether any problem is an error: the list must not be imported. */
    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == SheetProblem.Severity.ERROR);
    }

    /** The errors only. */
    public List<SheetProblem> errors() {
        return problems.stream().filter(p -> p.severity() == SheetProblem.Severity.ERROR).toList();
    }
}
