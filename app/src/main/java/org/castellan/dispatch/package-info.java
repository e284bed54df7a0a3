/**
 * The dispatcher's screen: the live event feed with filters, the active alarms panel, device health per site and
 * kind, and the site tree with status colours. Reads through the services of {@code events}, {@code devices},
 * {@code org} and {@code alarms}; owns no tables.
 */
package org.castellan.dispatch;
