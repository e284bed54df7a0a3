/**
 * The façade the {@code castellan tem106 identify|config|current|archive|emulate} subcommands call:
 * {@link org.castellan.tem106.tool.Tem106Tool} opens a link from a URL, runs one reader operation and closes it;
 * {@link org.castellan.tem106.tool.Reports} turns the decoded values into a {@link org.castellan.tem106.tool.Report}
 * that {@link org.castellan.tem106.tool.OutputFormat} writes as a table, JSON or CSV. No Spring, no Jackson: JSON is
 * written by {@link org.castellan.tem106.tool.JsonWriter}. Every failure is one {@link org.castellan.tem106.tool.ToolException}
 * whose message is the line to print.
 */
package org.castellan.tem106.tool;
