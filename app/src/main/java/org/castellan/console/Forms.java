package org.castellan.console;

import org.castellan.platform.InvalidInputException;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
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

    /**
     * Puts {@code form} into the model under {@code name} for a form page, with the errors of {@code binding}
     * (null when nothing was submitted). Needed because when a submitted value cannot even be converted (a letter
     * in a number field, a missing primitive checkbox) Spring keeps no target in the binding result, and putting
     * the record into the model on its own would silently drop the errors from the page.
     */
    public static void show(Model model, String name, Object form, BindingResult binding) {
        model.addAttribute(name, form);
        if (binding == null) {
            return;
        }
        BindingResult errors = binding;
        if (binding.getTarget() != form) {
            BeanPropertyBindingResult copy = new BeanPropertyBindingResult(form, name);
            copy.addAllErrors(binding);
            errors = copy;
        }
        model.addAttribute(BindingResult.MODEL_KEY_PREFIX + name, errors);
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
