package org.castellan.tem106.tool;

import org.castellan.tem106.meter.MeterDecimals;
import java.math.BigDecimal;

/** A tiny JSON writer: strings escaped per RFC 8259, finite numbers as numbers, anything else as null. */
final class JsonWriter {
    private final StringBuilder out = new StringBuilder();

    JsonWriter raw(String text) {
        out.append(text);
        return this;
    }

    JsonWriter value(Object value) {
        switch (value) {
            case null -> out.append("null");
            case BigDecimal d -> out.append(d.toPlainString());
            case Float f when Float.isFinite(f) -> out.append(MeterDecimals.of(f).toPlainString());
            case Double d when Double.isFinite(d) -> out.append(BigDecimal.valueOf(d).toPlainString());
            case Float f -> out.append("null");
            case Double d -> out.append("null");
            case Number n -> out.append(n);
            case Boolean b -> out.append(b);
            default -> string(value.toString());
        }
        return this;
    }

    JsonWriter string(String text) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
        return this;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
