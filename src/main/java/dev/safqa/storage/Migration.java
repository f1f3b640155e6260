package dev.safqa.storage;

import java.util.List;

/**
 * One step of the schema: the statements that take the database from {@code version - 1} to
 * {@code version}, applied together in one transaction with the new version number.
 */
record Migration(int version, String description, List<String> statements) {
    Migration {
        if (version < 1) {
            throw new IllegalArgumentException("migration versions start at 1: " + version);
        }
        statements = List.copyOf(statements);
    }
}
