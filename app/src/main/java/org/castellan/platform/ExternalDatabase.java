package org.castellan.platform;

/** A PostgreSQL server Castellan does not own (production): nothing is started or stopped. */
record ExternalDatabase(String jdbcUrl, String user, String password) implements DatabaseServer {
    @Override
    public String description() {
        return "external PostgreSQL at " + jdbcUrl;
    }

    @Override
    public void close() {
        // not ours to stop
    }
}
