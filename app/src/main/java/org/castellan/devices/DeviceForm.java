package org.castellan.devices;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.Map;
import java.util.TreeMap;

/**
 * What a person enters to register or change a device. {@code connection} lines are {@code key=value}, one per
 * line, in the console; a JSON object in the API.
 */
public record DeviceForm(
        @NotNull Long orgId,
        Long siteId,
        Long zoneId,
        @NotNull DeviceKind kind,
        @NotBlank @Size(max = 200) String name,
        @NotBlank @Size(max = 100) String identifier,
        Map<String, String> connection) {

    public DeviceForm {
        connection = connection == null ? Map.of() : new TreeMap<>(connection);
    }

    public static DeviceForm of(Device d) {
        return new DeviceForm(d.orgId(), d.siteId(), d.zoneId(), d.kind(), d.name(), d.identifier(), d.connection());
    }
}
