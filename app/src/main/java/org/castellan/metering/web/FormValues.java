package org.castellan.metering.web;

import java.beans.PropertyEditorSupport;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;

import org.springframework.boot.convert.DurationStyle;
import org.springframework.web.bind.WebDataBinder;

/**
 * How the meter and plan forms write and read durations, dates and times: durations in the short form people type
 * ({@code 15m}, {@code 1h}, {@code 1d}; ISO-8601 {@code PT15M} is accepted too), dates and times as HTML inputs send
 * them (ISO {@code 2026-10-01}, {@code 22:00}) whatever the page's language.
 */
final class FormValues {
    private FormValues() {
    }

    /** Registers the editors on a form's binder ({@code @InitBinder}); a blank field is null. */
    static void register(WebDataBinder binder) {
        binder.registerCustomEditor(Duration.class, new Editor<>(DurationStyle::detectAndParse, FormValues::text));
        binder.registerCustomEditor(LocalDate.class, new Editor<>(LocalDate::parse, LocalDate::toString));
        binder.registerCustomEditor(LocalTime.class, new Editor<>(LocalTime::parse,
                t -> String.format("%02d:%02d", t.getHour(), t.getMinute())));
    }

    /** A duration the way a person writes it: the largest whole unit ({@code 1d}, {@code 6h}, {@code 15m}, {@code 30s}). */
    static String text(Duration d) {
        if (d == null) {
            return "";
        }
        long seconds = d.toSeconds();
        if (seconds != 0 && seconds % 86_400 == 0) {
            return seconds / 86_400 + "d";
        }
        if (seconds != 0 && seconds % 3600 == 0) {
            return seconds / 3600 + "h";
        }
        if (seconds != 0 && seconds % 60 == 0) {
            return seconds / 60 + "m";
        }
        return seconds + "s";
    }

    private static final class Editor<T> extends PropertyEditorSupport {
        private final java.util.function.Function<String, T> parse;
        private final java.util.function.Function<T, String> print;

        Editor(java.util.function.Function<String, T> parse, java.util.function.Function<T, String> print) {
            this.parse = parse;
            this.print = print;
        }

        @Override
        public void setAsText(String text) {
            // a value that does not parse is a type mismatch next to its field, as with any other bad number
            if (text == null || text.isBlank()) {
                setValue(null);
                return;
            }
            try {
                setValue(parse.apply(text.trim()));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("cannot read '" + text + "'", e);
            }
        }

        @Override
        @SuppressWarnings("unchecked")
        public String getAsText() {
            return getValue() == null ? "" : print.apply((T) getValue());
        }
    }
}
