package org.castellan.notify;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * A new or changed endpoint, from the console or the API. On a change a blank {@code secret} keeps the stored one.
 *
 * @param kind    WEBHOOK (needs {@code url} and, when new, {@code secret}) or MQTT (needs {@code topic})
 * @param enabled null means enabled
 */
public record EndpointForm(@NotNull Long orgId, @NotNull ChannelKind kind,
                           @NotNull @Size(min = 1, max = 100) String name,
                           @Size(max = 2000) String url, @Size(max = 500) String topic,
                           @Size(max = 200) String secret, Boolean enabled) {

    public static EndpointForm empty(Long orgId) {
        return new EndpointForm(orgId, ChannelKind.WEBHOOK, "", "", "", "", true);
    }

    public static EndpointForm of(Endpoint e) {
        return new EndpointForm(e.orgId(), e.kind(), e.name(), e.url(), e.topic(), "", e.enabled());
    }

    boolean isEnabled() {
        return enabled == null || enabled;
    }
}
