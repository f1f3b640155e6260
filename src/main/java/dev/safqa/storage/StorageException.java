package dev.safqa.storage;

/**
 * The state store failed. The message names the database file and what was being done; the SQLite
 * error, if any, is the cause. Unchecked: a caller can rarely do more than log it and carry on.
 */
public final class StorageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StorageException(String message) {
        super(message);
    }

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
