/**
 * Notifications to people and systems. Every message is a delivery ({@link org.castellan.notify.Outbox}, table
 * {@code notification_delivery}) that a worker on any application node claims and sends by e-mail (SMTP,
 * {@code spring.mail.*}), SMS (the local GSM modem), webhook (HMAC-signed JSON to an endpoint's URL) or MQTT (JSON
 * to an endpoint's topic), retrying with growing pauses; the console and the API show the delivery log. Modem
 * notices (issue 4) and notification rules (issue 5) both send through the outbox. See docs/architecture.md, notify.
 */
package org.castellan.notify;
