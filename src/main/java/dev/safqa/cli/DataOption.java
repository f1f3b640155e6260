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
            err.println(e.getMessage());
            err.flush();
            return ExitCodes.BAD_INPUT;
        }
        out.flush();
        return ExitCodes.OK;
    }
}
