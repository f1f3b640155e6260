package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;

    private final ChatKey chat = new ChatKey("telegram", "-100123");

    @Test
    void opening_creates_the_folder_the_file_and_the_latest_schema() {
        Path data = dir.resolve("nested/data");
        try (Database db = Database.open(data)) {
            assertThat(db.file()).contains(data.resolve("safqa.db").toAbsolutePath());
            assertThat(db.schemaVersion()).isEqualTo(Schema.latestVersion(Schema.MIGRATIONS));
        }
        assertThat(data.resolve("safqa.db")).isRegularFile();
        assertThat(pragma(data, "user_version")).isEqualTo(String.valueOf(Schema.latestVersion(Schema.MIGRATIONS)));
    }

    @Test
    void the_journal_is_write_ahead() {
        try (Database db = Database.open(dir)) {
            assertThat(pragma(dir, "journal_mode")).isEqualTo("wal");
        }
    }

    @Test
    void reopening_keeps_the_data() {
        try (Database db = Database.open(dir)) {
            db.chatSettings().setLanguage(chat, Language.AR);
        }
        try (Database db = Database.open(dir)) {
            assertThat(db.chatSettings().language(chat)).contains(Language.AR);
        }
    }

    @Test
    void reopening_runs_only_the_migrations_not_yet_applied() {
        Migration first = new Migration(1, "probe", List.of("CREATE TABLE probe (n INTEGER)", "INSERT INTO probe VALUES (1)"));
        Migration second = new Migration(2, "more probe", List.of("INSERT INTO probe VALUES (2)"));
        Database.open(dir, Clock.systemUTC(), List.of(first)).close();
        Database.open(dir, Clock.systemUTC(), List.of(first, second)).close();

        try (Database db = Database.open(dir, Clock.systemUTC(), List.of(first, second))) {
            assertThat(db.schemaVersion()).isEqualTo(2);
        }
        assertThat(probeRows()).containsExactly(1, 2); // each migration ran exactly once
    }

    @Test
    void a_failed_migration_leaves_the_file_at_the_previous_version() {
        Migration first = new Migration(1, "probe", List.of("CREATE TABLE probe (n INTEGER)"));
        Migration broken = new Migration(2, "broken", List.of("INSERT INTO probe VALUES (2)", "NOT SQL AT ALL"));

        assertThatThrownBy(() -> Database.open(dir, Clock.systemUTC(), List.of(first, broken)))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("safqa.db")
                .hasMessageContaining("schema version 2 (broken)");
        assertThat(pragma(dir, "user_version")).isEqualTo("1");
        assertThat(probeRows()).isEmpty(); // the half of migration 2 that ran was rolled back
    }

    @Test
    void a_database_from_a_newer_safqa_is_refused_with_a_clear_message() {
        Database.open(dir).close();
        execute(dir, "PRAGMA user_version = 999");

        assertThatThrownBy(() -> Database.open(dir))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining(dir.resolve("safqa.db").toAbsolutePath().toString())
                .hasMessageContaining("schema version 999")
                .hasMessageContaining("newer safqa");
    }

    @Test
    void open_existing_creates_nothing_when_there_is_no_data() {
        Path missing = dir.resolve("missing");

        assertThat(Database.openExisting(missing)).isEmpty();
        assertThat(missing).doesNotExist();
    }

    @Test
    void open_existing_opens_a_store_that_exists() {
        Database.open(dir).close();

        try (Database db = Database.openExisting(dir).orElseThrow()) {
            assertThat(db.subscriptions().all()).isEmpty();
        }
    }

    @Test
    void a_data_folder_that_is_a_file_is_reported_with_its_path() throws Exception {
        Path file = Files.writeString(dir.resolve("not-a-folder"), "x");

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not-a-folder");
    }

    @Test
    void using_a_closed_database_fails_naming_the_file_and_the_operation() {
        Database db = Database.open(dir);
        db.close();

        assertThatThrownBy(() -> db.subscriptions().all())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("list subscriptions")
                .hasMessageContaining("safqa.db")
                .hasMessageContaining("closed");
    }

    @Test
    void closing_twice_is_harmless() {
        Database db = Database.open(dir);
        db.close();
        db.close();
    }

    private List<Integer> probeRows() {
        List<Integer> rows = new ArrayList<>();
        try (Connection c = connect(dir); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT n FROM probe ORDER BY n")) {
            while (rs.next()) {
                rows.add(rs.getInt(1));
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
        return rows;
    }

    static String pragma(Path dataDir, String name) {
        try (Connection c = connect(dataDir); Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA " + name)) {
            rs.next();
            return rs.getString(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    static void execute(Path dataDir, String sql) {
        try (Connection c = connect(dataDir); Statement s = c.createStatement()) {
            s.execute(sql);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    private static Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + dataDir.resolve("safqa.db"));
    }
}
