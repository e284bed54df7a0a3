/**
 * The heat meters in the console and over the REST API: the meter list with last values and status, the meter page
 * (facts, current values, charts, archive table, gaps, alarms, read jobs with live progress), the meter and polling
 * plan forms, the read queue, CSV exports ({@link org.castellan.metering.web.MeterPages} and its siblings), and
 * {@code /api/v1/meters…}, {@code /api/v1/meter-plans…} ({@link org.castellan.metering.web.MeterApi},
 * {@link org.castellan.metering.web.MeterPlanApi}).
 *
 * <p>Everything here goes through {@link org.castellan.metering.MeterService} and
 * {@link org.castellan.metering.MeterReadings}, which check organizations and roles; this package only shapes what
 * they return for people and clients.
 */
package org.castellan.metering.web;
