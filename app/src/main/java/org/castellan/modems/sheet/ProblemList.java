package org.castellan.modems.sheet;

import java.util.ArrayList;
import java.util.List;
import org.castellan.modems.sheet.SheetProblem.Severity;

/**
 * The problems of one sheet, at most {@link SheetLimits#maxProblems()} of rows listed (a 20,000-row file of wrong
 * IMEIs would otherwise make a report of 20,000 lines nobody reads); file-level problems are always listed. What is
 * left out is summed up in a last {@link ProblemCode#FILE_TOO_MANY_PROBLEMS}, an error when any left out was one, so
 * that {@link SheetReport#hasErrors()} never turns false by the cut.
 */
final class ProblemList {
    private final int max;
    private final List<SheetProblem> listed = new ArrayList<>();
    private int rowProblems;
    private int omitted;
    private boolean omittedError;

    ProblemList(int max) {
        this.max = max;
    }

    void add(SheetProblem problem) {
        if (problem.line() == 0) {
            listed.add(problem);
        } else if (rowProblems < max) {
            rowProblems++;
            listed.add(problem);
        } else {
            omitted++;
            omittedError |= problem.severity() == Severity.ERROR;
        }
    }

    void addAll(List<SheetProblem> problems) {
        problems.forEach(this::add);
    }

    boolean hasErrors() {
        return omittedError || listed.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    List<SheetProblem> toList() {
        if (omitted == 0) {
            return List.copyOf(listed);
        }
        List<SheetProblem> all = new ArrayList<>(listed);
        ProblemCode code = ProblemCode.FILE_TOO_MANY_PROBLEMS;
        all.add(new SheetProblem(0, null, null, omitted + " more problems are not listed (at most " + max
                + " are); fix these and read the file again", omittedError ? Severity.ERROR : code.severity(),
                code.key()));
        return all;
    }
}
