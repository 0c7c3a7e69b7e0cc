package fi.placera.imports.internal;

import fi.placera.imports.ImportError;

/** A row refused while storing (someone took the coach's last place meanwhile): the whole import rolls back. */
class ImportFailed extends RuntimeException {

    private final transient ImportError error;

    ImportFailed(ImportError error) {
        super(error.reason(), null, false, false);
        this.error = error;
    }

    ImportError error() {
        return error;
    }
}
