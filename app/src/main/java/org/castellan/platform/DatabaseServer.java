package org.castellan.platform;

/**
 * The PostgreSQL server the platform stores everything in: an external one named by configuration, or the
 * embedded one it started itself. Closing it stops an embedded server and does nothing to an external one.
 */
public interface DatabaseServer extends AutoCloseable {
    String jdbcUrl();

    String user();

    String password();

    /** A line for the log and the demo banner, e.g. "embedded PostgreSQL 17.6 on 127.0.0.1:41234 (data in ./data/postgres)". */
    String description();

    @Override
    void close();
}
