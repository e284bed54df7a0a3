package org.castellan.console;

import jakarta.servlet.http.HttpServletResponse;
import java.util.function.Supplier;
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

    /**
     * The POST half of every console form. When the form passed bean validation, runs {@code change}, which returns
     * where to go next (a redirect). When validation failed, or the service refused a field
     * ({@link InvalidInputException}), the problems are put next to their fields, the answer is 400, and
     * {@code formAgain} renders the form with them. Nothing has been changed in that case.
     */
    public static String submit(BindingResult binding, HttpServletResponse response, Supplier<String> change,
                                Supplier<String> formAgain) {
        if (!binding.hasErrors()) {
            try {
                return change.get();
            } catch (InvalidInputException e) {
                reject(binding, e);
            }
        }
        response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        return formAgain.get();
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
