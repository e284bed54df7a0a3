package org.castellan.cli;

import picocli.CommandLine.Parameters;

/** {@code … delete ID}: DELETEs one entity. Subclasses give the collection's path and what the entity is called. */
abstract class DeleteCommand extends ApiCommand {
    @Parameters(index = "0", paramLabel = "ID", description = "Id of the entity.")
    long id;

    protected abstract String collection();

    /** E.g. {@code organization}, for the confirmation line. */
    protected abstract String noun();

    @Override
    protected void run(ApiClient api) {
        api.delete(collection() + "/" + id);
        printDone(noun(), id, "deleted");
    }
}
