/**
 * The heat consumption statement ("ведомость учета тепловой энергии", issue 6): {@link
 * org.castellan.metering.statement.HeatStatement} computes it from a meter's daily (or, for one day, hourly) archive
 * entries — a line per period, totals, start and end integrator readings, gaps and notes — and {@link
 * org.castellan.metering.statement.StatementXlsx} and {@link org.castellan.metering.statement.StatementPdf} print it
 * in English or Russian ({@code i18n/statement*.properties}). Plain Java, no Spring, no database: the caller (a
 * page or the REST API) loads the entries from the archive store and passes them in. The rules (which column comes
 * from where, gaps, resets, rounding) are in {@code HeatStatement}'s Javadoc and docs/metering-statement.md.
 */
package org.castellan.metering.statement;
