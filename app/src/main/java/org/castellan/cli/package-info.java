/**
 * The {@code castellan} command line: {@code server} and {@code demo} start the platform; the administration
 * tools ({@code orgs}, {@code users}, {@code devices}, {@code tokens}) are clients of a running server's REST
 * API and never touch the database.
 */
package org.castellan.cli;
