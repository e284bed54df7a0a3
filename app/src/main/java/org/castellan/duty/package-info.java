/**
 * The dispatchers' duty log (DB33/T 830 §4.4.1, issue 5): 24-hour duty shifts, free-text entries (notes, the
 * daytime inspection record, incidents) and the shift handover, in which the outgoing dispatcher confirms the
 * current situation (open alarms, open repair orders, as {@link org.castellan.duty.SituationSource} beans report
 * it) and the incoming one accepts it. {@link org.castellan.duty.DutyService} is the only entry point.
 */
package org.castellan.duty;
