package dev.safqa.storage;

import java.util.List;

/**
 * The schema as an ordered list of migrations. Append only: a released migration is never edited,
 * a change is a new migration with the next version. Instants are stored as epoch milliseconds and
 * languages as their codes ("ar", "en").
 */
final class Schema {
    private Schema() {
    }

    static final List<Migration> MIGRATIONS = List.of(
            new Migration(1, "subscriptions, chat settings and feedback", List.of(
                    """
                    CREATE TABLE subscriptions (
                        platform      TEXT    NOT NULL,
                        chat_id       TEXT    NOT NULL,
                        language      TEXT    NOT NULL,
                        subscribed_by TEXT    NOT NULL,
                        since_ms      INTEGER NOT NULL,
                        PRIMARY KEY (platform, chat_id)
                    )""",
                    """
                    CREATE TABLE chat_settings (
                        platform TEXT NOT NULL,
                        chat_id  TEXT NOT NULL,
                        language TEXT,
                        PRIMARY KEY (platform, chat_id)
                    )""",
                    """
                    CREATE TABLE feedback (
                        platform    TEXT    NOT NULL,
                        chat_id     TEXT    NOT NULL,
                        message_id  TEXT    NOT NULL,
                        user_hash   TEXT    NOT NULL,
                        fact_id     TEXT    NOT NULL,
                        vote        TEXT    NOT NULL CHECK (vote IN ('UP', 'DOWN')),
                        voted_at_ms INTEGER NOT NULL,
                        PRIMARY KEY (platform, chat_id, message_id, user_hash)
                    )""",
                    "CREATE INDEX feedback_by_fact ON feedback (fact_id)")));

    static int latestVersion(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }
}
