package org.castellan.cli;

import java.util.Map;

/** {@code … list}: GETs a collection and prints it. Subclasses give the path, the filters and the columns. */
abstract class ListCommand extends ApiCommand {

    protected abstract String path();

    protected abstract Table table();

    /** Query parameters; null values are left out. */
    protected Map<String, ?> query() {
        return Map.of();
    }

    @Override
    protected void run(ApiClient api) {
        printList(api.get(path(), query()), table());
    }
}
