package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.storage.Database;
import dev.safqa.storage.TestPostgres;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The commands that read the server's data open the database the server uses. */
class DataOptionTest {
    @TempDir
    Path dir;

    @Test
    void with_a_database_url_the_commands_read_the_servers_postgresql() {
        Map<String, String> env = Map.of("SAFQA_DATABASE_URL", TestPostgres.newDatabase(), "SAFQA_DATABASE_USER", TestPostgres.USER);

        try (Database db = DataOption.openExisting(dir, env).orElseThrow()) {
            assertThat(db.shared()).isTrue();
        }
        assertThat(dir.resolve(Database.FILE_NAME)).doesNotExist();
    }

    @Test
    void without_one_they_read_the_sqlite_file_only_if_it_exists() {
        assertThat(DataOption.openExisting(dir, Map.of())).isEmpty();
    }
}
