package org.castellan.metering.conditions;

import java.math.BigDecimal;
import java.util.Map;
import java.util.Collections;
import java.util.TreeMap;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A meter's limits per system: the value of {@code meter.limits}, shaped
 * {@code {"1": {"tMin": 50, "tMax": 130, "gMin": 0.5, "gMax": 12, "dtMin": 3}}} (system number → limits; a limit left
 * out or null is not checked). Numbers are kept as written ({@link BigDecimal}); numbers in strings are accepted, as a
 * form posts them.
 *
 * @param systems system number (1..6) → its limits; systems without limits are left out
 */
public record MeterLimits(Map<Integer, SystemLimits> systems) {
    /** No limits at all. */
    public static final MeterLimits NONE = new MeterLimits(Map.of());
    private static final int MAX_SYSTEM = 6;
    private static final JsonMapper MAPPER = JsonMapper.builder()
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

    public MeterLimits {
        Map<Integer, SystemLimits> copy = new TreeMap<>();
        systems.forEach((number, limits) -> {
            if (number == null || number < 1 || number > MAX_SYSTEM) {
                throw new InvalidLimitsException("limits", "system must be 1.." + MAX_SYSTEM + ", was " + number);
            }
            if (limits != null && !limits.isEmpty()) {
                copy.put(number, limits);
            }
        });
        systems = Collections.unmodifiableMap(copy); // in system order: the JSON and the pages list them so
    }

    /** The limits of system {@code number}; {@link SystemLimits#NONE} when none are set. */
    public SystemLimits system(int number) {
        return systems.getOrDefault(number, SystemLimits.NONE);
    }

    /**
     * Reads a {@code meter.limits} value; null or blank is no limits.
     *
     * @throws InvalidLimitsException naming the system and limit: not JSON, not an object, a system outside 1..6, an
     *                                unknown limit name, a value that is not a number, a minimum above its maximum, a
     *                                negative flow or Δt
     */
    public static MeterLimits parse(String json) {
        if (json == null || json.isBlank()) {
            return NONE;
        }
        JsonNode root;
        try {
            root = MAPPER.readTree(json);
        } catch (JacksonException e) {
            throw new InvalidLimitsException("limits", "limits are not valid JSON: " + e.getOriginalMessage());
        }
        if (!root.isObject()) {
            throw new InvalidLimitsException("limits", "limits must be an object of systems, was " + root);
        }
        Map<Integer, SystemLimits> systems = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            systems.put(systemNumber(entry.getKey()), system(entry.getKey(), entry.getValue()));
        }
        return new MeterLimits(systems);
    }

    /** The {@code meter.limits} value: only the limits that are set, systems in order. */
    public String toJson() {
        ObjectNode root = MAPPER.createObjectNode();
        systems.forEach((number, limits) -> {
            ObjectNode node = root.putObject(Integer.toString(number));
            putIfSet(node, "tMin", limits.tMin());
            putIfSet(node, "tMax", limits.tMax());
            putIfSet(node, "gMin", limits.gMin());
            putIfSet(node, "gMax", limits.gMax());
            putIfSet(node, "dtMin", limits.dtMin());
        });
        return MAPPER.writeValueAsString(root);
    }

    private static int systemNumber(String key) {
        try {
            int number = Integer.parseInt(key.strip());
            if (number >= 1 && number <= MAX_SYSTEM) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with the key as found
        }
        throw new InvalidLimitsException("limits", "system must be a number 1.." + MAX_SYSTEM + ", was \"" + key
                + "\"");
    }

    private static SystemLimits system(String key, JsonNode node) {
        if (!node.isObject()) {
            throw new InvalidLimitsException("limits", "system " + key + ": limits must be an object, was " + node);
        }
        BigDecimal tMin = null;
        BigDecimal tMax = null;
        BigDecimal gMin = null;
        BigDecimal gMax = null;
        BigDecimal dtMin = null;
        try {
            for (Map.Entry<String, JsonNode> limit : node.properties()) {
                BigDecimal value = number(limit.getKey(), limit.getValue());
                switch (limit.getKey()) {
                    case "tMin" -> tMin = value;
                    case "tMax" -> tMax = value;
                    case "gMin" -> gMin = value;
                    case "gMax" -> gMax = value;
                    case "dtMin" -> dtMin = value;
                    default -> throw new InvalidLimitsException(limit.getKey(), "unknown limit \"" + limit.getKey()
                            + "\" (known: tMin, tMax, gMin, gMax, dtMin)");
                }
            }
            return new SystemLimits(tMin, tMax, gMin, gMax, dtMin);
        } catch (InvalidLimitsException e) {
            throw e.inSystem(key);
        }
    }

    private static BigDecimal number(String name, JsonNode value) {
        if (value.isNull()) {
            return null;
        }
        if (value.isNumber()) {
            return value.decimalValue();
        }
        if (value.isString()) {
            String text = value.stringValue().strip().replace(',', '.'); // a Russian form may send "0,5"
            if (text.isEmpty()) {
                return null;
            }
            try {
                return new BigDecimal(text);
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        throw new InvalidLimitsException(name, name + " must be a number, was " + value);
    }

    private static void putIfSet(ObjectNode node, String name, BigDecimal value) {
        if (value != null) {
            node.put(name, value);
        }
    }
}
