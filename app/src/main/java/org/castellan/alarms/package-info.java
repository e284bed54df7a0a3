/**
 * Alarms: conditions that need a person (docs/architecture.md "alarms"). Raised by rules over stored events
 * ({@link org.castellan.alarms.AlarmRules}), by precise offline detection ({@link org.castellan.alarms.OfflineWatch})
 * and by dispatchers (manual alarms); one open alarm per organization + source + type with a counter;
 * acknowledged and cleared independent; every change journalled as an {@code alarm.*} event, which is all the
 * notification engine and the duty log see of alarms.
 */
package org.castellan.alarms;
