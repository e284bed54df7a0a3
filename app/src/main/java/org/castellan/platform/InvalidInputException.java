package org.castellan.platform;

import java.util.List;

/**
 * Input a person gave that the service refuses for a reason a form can show next to a field (a duplicate name,
 * an unknown time zone, a site of another organization). Bean-validation failures are caught before services
 * run; this is for rules only the service can check. The console puts each problem next to its field; the API
 * answers 400 with the list.
 *
 * @param problems one or more field problems; {@code messageKey} is a key in the message bundles
 */
public class InvalidInputException extends RuntimeException {
    public record FieldProblem(String field, String messageKey, List<Object> arguments) {
        public FieldProblem {
            arguments = List.copyOf(arguments);
        }
    }

    private final transient List<FieldProblem> problems;

    public InvalidInputException(String field, String messageKey, Object... arguments) {
        this(List.of(new FieldProblem(field, messageKey, List.of(arguments))));
    }

    public InvalidInputException(List<FieldProblem> problems) {
        super("invalid " + problems.stream().map(FieldProblem::field).toList());
        this.problems = List.copyOf(problems);
    }

    public List<FieldProblem> problems() {
        return problems;
    }
}
