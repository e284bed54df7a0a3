/**
 * The modem list as a spreadsheet: import and export of modems as XLSX or CSV (the iRZ Collector's "add modems from
 * an Excel file"), with a row-by-row validation report. Plain Java: no Spring, no database, no I/O beyond the
 * streams it is handed.
 *
 * <p>{@link org.castellan.modems.sheet.ModemSheets} is the entry point: {@code read} turns the bytes of an upload into
 * a {@link org.castellan.modems.sheet.SheetReport} (the rows that passed every check and a
 * {@link org.castellan.modems.sheet.SheetProblem} for each that did not, with line, column and a stable
 * {@link org.castellan.modems.sheet.ProblemCode}); {@code write} exports rows with English headers. Reading never
 * throws for what is in the file: a damaged workbook, an unreadable CSV or an oversize upload is one problem on
 * line 0. The caller imports only a report without errors, in one transaction, so nothing is half-imported;
 * organization and site names are resolved against the database by the caller, not here.
 *
 * <p>Inside: {@link org.castellan.modems.sheet.CsvText} (bytes → text: BOM, UTF-8 or Windows-1251) and
 * {@link org.castellan.modems.sheet.CsvParser} (RFC 4180 records, delimiter from the header line),
 * {@link org.castellan.modems.sheet.XlsxGuard} (limits checked before the XLSX reader sees the package) and
 * {@link org.castellan.modems.sheet.XlsxReader}, both producing {@link org.castellan.modems.sheet.RawRow}s for
 * {@link org.castellan.modems.sheet.SheetAssembler} (header, row limit, duplicates), which checks each row with
 * {@link org.castellan.modems.sheet.RowValidator}; {@link org.castellan.modems.sheet.CsvWriter} and
 * {@link org.castellan.modems.sheet.XlsxWriter} export.
 */
package org.castellan.modems.sheet;
