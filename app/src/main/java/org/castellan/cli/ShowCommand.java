package org.castellan.cli;

import picocli.CommandLine.Parameters;

/** {@code … show ID}: GETs one entity and prints it. Subclasses give the collection's path. */
abstract class ShowCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Id of the entity.")
    long id;

    /** E.g. {@code /api/v1/orgs}; the entity is at {@code collection/ID}. */
    protected abstract String collection();

    @Override
    protected void run(ApiClient api) {
        printOne(api.get(collection() + "/" + id));
    }
}
