package dev.safqa.cli;

import dev.safqa.storage.Database;
import dev.safqa.storage.StorageException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import picocli.CommandLine.Option;

/** The {@code --data DIR} option, and reading the server's database from a command. */
final class DataOption {
    @Option(names = "--data", paramLabel = "DIR", defaultValue = "data",
            description = "Data folder, as SAFQA_DATA_DIR for the server (default: ${DEFAULT-VALUE}); "
                    + "with SAFQA_DATABASE_URL set, the server's PostgreSQL instead.")
    Path data;

    /**
     * Runs {@code read} on the existing database, or says there is none yet. A read-only command
     * must not leave an empty database behind a typo in --data, nor need to write: openReadOnly.
     *
     * @return the exit code: OK, or BAD_INPUT if the database cannot be read (the reason on err)
     */
    int read(PrintWriter out, PrintWriter err, Consumer<Database> read) {
        try (Database db = openExisting(data, System.getenv(), true).orElse(null)) {
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

    /**
     * The server's database, as {@code safqa serve} would open it from the environment: the
     * PostgreSQL of {@code SAFQA_DATABASE_URL} (with {@code SAFQA_DATABASE_USER} and
     * {@code SAFQA_DATABASE_PASSWORD}) when it is set, else the SQLite file in {@code data} if it exists.
     */
    static Optional<Database> openExisting(Path data, Map<String, String> env) {
        return openExisting(data, env, false);
    }

    /** @param readOnly open the SQLite file read-only, never migrating it (the commands that only read) */
    static Optional<Database> openExisting(Path data, Map<String, String> env, boolean readOnly) {
        String url = env.get("SAFQA_DATABASE_URL");
        if (url != null && !url.isBlank()) {
            return Optional.of(Database.connect(url.strip(), blankToNull(env.get("SAFQA_DATABASE_USER")),
                    blankToNull(env.get("SAFQA_DATABASE_PASSWORD"))));
        }
        return readOnly ? Database.openReadOnly(data) : Database.openExisting(data);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s;
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
