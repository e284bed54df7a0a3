package org.castellan.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.castellan.platform.InvalidInputException;

/**
 * The console's shape of a {@link DeviceForm}: connection settings are a text of {@code key=value} lines (the API
 * takes a JSON object instead). Blank lines and lines starting with {@code #} are skipped; keys and values are
 * trimmed; a value may itself contain {@code =} (only the first one splits).
 */
public record DeviceConsoleForm(
        @NotNull Long orgId,
        Long siteId,
        Long zoneId,
        @NotNull DeviceKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String identifier,
        @Size(max = 20_000) String connection) {

    public static DeviceConsoleForm empty(Long orgId) {
        return new DeviceConsoleForm(orgId, null, null, null, "", "", "");
    }

    public static DeviceConsoleForm of(Device device) {
        return new DeviceConsoleForm(device.orgId(), device.siteId(), device.zoneId(), device.kind(), device.name(),
                device.identifier(), lines(device.connection()));
    }

    /** The same form with another site and zone (when the choices offered no longer contain them). */
    public DeviceConsoleForm withLocation(Long newSiteId, Long newZoneId) {
        return new DeviceConsoleForm(orgId, newSiteId, newZoneId, kind, name, identifier, connection);
    }

    /** @throws InvalidInputException on field {@code connection}, naming the first line that is not {@code key=value} */
    public DeviceForm toDeviceForm() {
        return new DeviceForm(orgId, siteId, zoneId, kind, name, identifier, settings(connection));
    }

    static Map<String, String> settings(String text) {
        Map<String, String> settings = new LinkedHashMap<>();
        if (text == null) {
            return settings;
        }
        String[] lines = text.split("\\R", -1);
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            int eq = line.indexOf('=');
            if (eq <= 0) {
                throw new InvalidInputException("connection", "devices.connection.badLine", i + 1, line);
            }
            String key = line.substring(0, eq).strip();
            if (settings.put(key, line.substring(eq + 1).strip()) != null) {
                throw new InvalidInputException("connection", "devices.connection.duplicateKey", i + 1, key);
            }
        }
        return settings;
    }

    /** In key order, so that the text (and a diff of it) does not change with map iteration order. */
    static String lines(Map<String, String> settings) {
        return new TreeMap<>(settings).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n"));
    }
}
