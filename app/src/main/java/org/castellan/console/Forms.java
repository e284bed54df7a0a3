package org.castellan.console;

import org.castellan.platform.InvalidInputException;
import org.springframework.validation.BindingResult;

/** Puts a service's field problems next to the fields of the form a person submitted. */
public final class Forms {
    private Forms() {
    }

    public static void reject(BindingResult binding, InvalidInputException e) {
        for (var problem : e.problems()) {
            Object[] args = problem.arguments().toArray();
            if (binding.getFieldType(problem.field()) != null || hasProperty(binding, problem.field())) {
                binding.rejectValue(problem.field(), problem.messageKey(), args, problem.messageKey());
            } else {
                binding.reject(problem.messageKey(), args, problem.messageKey());
            }
        }
    }

    private static boolean hasProperty(BindingResult binding, String field) {
        try {
            binding.getFieldValue(field);
            return true;
        } catch (RuntimeException e) {
            return false;
        }
    }
}
