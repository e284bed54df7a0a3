package org.castellan.metering.web;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * A small chart drawn as inline SVG by the page itself: no script library and nothing fetched at run time, so the
 * console works on a plant's network without internet. The x axis is a row of equal slots (hours or days); a slot
 * without a value breaks a line rather than drawing it to zero, so a missing hour shows as a gap, not a dip.
 *
 * @param lines the polylines, each split into segments at missing values
 * @param bars  the bars (one series drawn as bars, e.g. energy per day)
 * @param yMin  the value at the bottom edge, as text
 * @param yMax  the value at the top edge, as text
 */
public record SvgChart(List<Line> lines, List<Bar> bars, String yMin, String yMax, String xFirst, String xLast,
        boolean empty) {
    public static final int WIDTH = 720;
    public static final int HEIGHT = 200;
    private static final double PAD = 6;

    /** One series of values, one per slot; null where there is none. */
    public record Series(String name, String css, List<Double> values) {
        public Series {
            values = java.util.Collections.unmodifiableList(new ArrayList<>(values));
        }
    }

    /** A drawn series: SVG {@code points} attributes, one per unbroken run of values. */
    public record Line(String name, String css, List<String> segments) {
    }

    public record Bar(double x, double y, double width, double height, String title) {
    }

    /** Lines over {@code slots} (the slots' labels, oldest first). */
    public static SvgChart lines(List<String> slots, List<Series> series) {
        Range range = Range.of(series, false);
        List<Line> lines = new ArrayList<>();
        for (Series s : series) {
            List<String> segments = new ArrayList<>();
            StringBuilder run = new StringBuilder();
            for (int i = 0; i < s.values().size(); i++) {
                Double v = s.values().get(i);
                if (v == null) {
                    flush(run, segments);
                    continue;
                }
                run.append(fmt(x(i, slots.size()))).append(',').append(fmt(range.y(v))).append(' ');
            }
            flush(run, segments);
            lines.add(new Line(s.name(), s.css(), segments));
        }
        return new SvgChart(lines, List.of(), range.text(range.min), range.text(range.max), first(slots),
                last(slots), range.empty);
    }

    /** One series as bars over {@code slots}, from zero up. */
    public static SvgChart bars(List<String> slots, Series series) {
        Range range = Range.of(List.of(series), true);
        double slot = (WIDTH - 2 * PAD) / Math.max(1, slots.size());
        List<Bar> bars = new ArrayList<>();
        for (int i = 0; i < series.values().size(); i++) {
            Double v = series.values().get(i);
            if (v == null) {
                continue;
            }
            double top = range.y(v);
            bars.add(new Bar(PAD + i * slot + slot * 0.1, top, slot * 0.8, range.y(range.min) - top,
                    slots.get(i) + ": " + range.text(v)));
        }
        return new SvgChart(List.of(), bars, range.text(range.min), range.text(range.max), first(slots), last(slots),
                range.empty);
    }

    private static void flush(StringBuilder run, List<String> segments) {
        if (!run.isEmpty()) {
            segments.add(run.toString().trim());
            run.setLength(0);
        }
    }

    private static double x(int slot, int slots) {
        return slots <= 1 ? WIDTH / 2.0 : PAD + slot * (WIDTH - 2 * PAD) / (slots - 1);
    }

    private static String first(List<String> slots) {
        return slots.isEmpty() ? "" : slots.getFirst();
    }

    private static String last(List<String> slots) {
        return slots.isEmpty() ? "" : slots.getLast();
    }

    static String fmt(double d) {
        return String.format(Locale.ROOT, "%.1f", d);
    }

    /** The values' span, widened a little so a flat line is not drawn on the edge. */
    private record Range(double min, double max, boolean empty) {
        static Range of(List<Series> series, boolean fromZero) {
            List<Double> all = series.stream().flatMap(s -> s.values().stream()).filter(Objects::nonNull).toList();
            if (all.isEmpty()) {
                return new Range(0, 1, true);
            }
            double min = fromZero ? Math.min(0, all.stream().mapToDouble(d -> d).min().orElse(0))
                    : all.stream().mapToDouble(d -> d).min().orElse(0);
            double max = all.stream().mapToDouble(d -> d).max().orElse(1);
            if (max - min < 1e-9) {
                max = max + 1;
                min = fromZero ? min : min - 1;
            }
            return new Range(min, max, false);
        }

        double y(double v) {
            return HEIGHT - PAD - (v - min) / (max - min) * (HEIGHT - 2 * PAD);
        }

        String text(double v) {
            return new BigDecimal(v).round(new MathContext(4)).stripTrailingZeros().toPlainString();
        }
    }
}
