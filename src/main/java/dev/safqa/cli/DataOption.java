package dev.safqa.cli;

import dev.safqa.storage.Database;
import dev.safqa.storage.StorageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option, and reading the server's database from a command. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder, as SAFQA_DATA_DIR for the server (default: ${DEFAULT-VALUE}).")
    Path data;

    /**
     * Runs {@code read} on the existing database, or says there is none yet. A read-only command
     * must not leave an empty database behind a typo in --data, nor need to write: openReadOnly.
     *
     * @return the exit code: OK, or BAD_INPUT if the database cannot be read (the reason on err)
     */
    int read(PrintWriter out, PrintWriter err, Consumer<Database> read) {
        try (Database db = Database.openReadOnly(data).orElse(null)) {
            if (db == null) {
                out.println("no data at " + data + " yet");
            } else {
                read.accept(db);
            }
        } catch (StorageException e) {
            err.println(describe(e));
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }

    /** SQLite's "[SQLITE_CANTOPEN] Unable to open the database file (...)" in words a person can act on. */
    static String describe(StorageException e) {
        String m = String.valueOf(e.getMessage());
        String first = m.lines().findFirst().orElse(m);
        if (m.contains("SQLITE_READONLY")) {
            return first.replaceAll(":? ?\\[SQLITE_READONLY].*", "") + ": the database is read-only (this command writes to it;"
                    + " run it where the server's data folder is writable)";
        }
        if (m.contains("SQLITE_CANTOPEN")) {
            return first.replaceAll(":? ?\\[SQLITE_CANTOPEN].*", "") + ": the file cannot be opened (is --data the server's"
                    + " data folder, and may this user read and write it?)";
        }
        return first;
    }
}
