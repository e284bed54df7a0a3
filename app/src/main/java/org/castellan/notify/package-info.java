/**
 * Notifications to people: a message for an organization goes to the users who asked for that kind of event, by
 * e-mail (SMTP, {@code spring.mail.*}) and by SMS (through the local GSM modem when one is configured), each in the
 * user's language. Sending never blocks the caller: messages go out on virtual threads with retries, and what could
 * not be delivered is logged and counted. Issue 5 extends this to per-user subscriptions and escalation.
 */
package org.castellan.notify;
