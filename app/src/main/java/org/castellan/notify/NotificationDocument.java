package org.castellan.notify;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.castellan.platform.Json;

/**
 * The JSON a webhook receives and an MQTT topic gets: {@code {subject, body, payload, deliveryId, orgId, at}}, UTF-8.
 */
final class NotificationDocument {
    private NotificationDocument() {
    }

    static byte[] of(Outgoing outgoing, Instant at) {
        Delivery d = outgoing.delivery();
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("subject", d.subject());
        document.put("body", d.body());
        document.put("payload", outgoing.payload());
        document.put("deliveryId", d.id());
        document.put("orgId", d.orgId());
        document.put("at", at.toString());
        return Json.write(document).getBytes(StandardCharsets.UTF_8);
    }

    /** The endpoint a WEBHOOK or MQTT delivery is addressed to (its id as text). */
    static EndpointRepository.Target endpoint(EndpointRepository endpoints, Delivery d) throws DeliveryException {
        long id;
        try {
            id = Long.parseLong(d.address().strip());
        } catch (NumberFormatException e) {
            throw DeliveryException.permanent("address is not an endpoint id: " + d.address());
        }
        EndpointRepository.Target target = endpoints.target(id)
                .orElseThrow(() -> DeliveryException.permanent("endpoint " + id + " no longer exists"));
        if (target.orgId() != d.orgId() || target.kind() != d.channel()) {
            throw DeliveryException.permanent("endpoint " + id + " is not a " + d.channel() + " endpoint of this organization");
        }
        if (!target.enabled()) {
            throw DeliveryException.permanent("endpoint " + target.name() + " is disabled");
        }
        return target;
    }
}
