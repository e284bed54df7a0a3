package org.castellan.platform;

import java.util.Map;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for values stored in jsonb columns (audit snapshots, device connection settings, event data). One mapper
 * configured once; java.time values are written as ISO-8601 strings.
 */
public final class Json {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private Json() {
    }

    public static String write(Object value) {
        return value == null ? null : MAPPER.writeValueAsString(value);
    }

    /** A value of a generic type, e.g. {@code new TypeReference<List<Foo>>() { }}; null for null or blank text. */
    public static <T> T read(String json, TypeReference<T> type) {
        if (json == null || json.isBlank()) {
            return null;
        }
        return MAPPER.readValue(json, type);
    }

    public static Map<String, Object> readMap(String json) {
        if (json == null || json.isBlank()) {
            return Map.of();
        }
        return MAPPER.readValue(json, new TypeReference<>() { });
    }
}
