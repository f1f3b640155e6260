package dev.safqa.storage;

import java.util.List;

/**
 * The schema as an ordered list of migrations. Append only: a released migration is never edited,
 * a change is a new migration with the next version. Instants are stored as epoch milliseconds and
 * languages as their codes ("ar", "en").
 * Written in the SQL SQLite and PostgreSQL share; {@link Dialect#schema} translates the column types
 * that differ.
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
                    "CREATE INDEX feedback_by_fact ON feedback (fact_id)")),
            new Migration(2, "notifications, their deliveries, and the facts subscribers were last told about", List.of(
                    """
                    CREATE TABLE notifications (
                        id                INTEGER PRIMARY KEY AUTOINCREMENT,
                        created_at_ms     INTEGER NOT NULL,
                        kind              TEXT    NOT NULL CHECK (kind IN ('knowledge', 'broadcast')),
                        knowledge_version TEXT,
                        text_ar           TEXT    NOT NULL,
                        text_en           TEXT    NOT NULL
                    )""",
                    """
                    CREATE TABLE deliveries (
                        notification_id    INTEGER NOT NULL REFERENCES notifications (id),
                        platform           TEXT    NOT NULL,
                        chat_id            TEXT    NOT NULL,
                        status             TEXT    NOT NULL
                                           CHECK (status IN ('pending', 'sending', 'sent', 'failed', 'dropped')),
                        attempts           INTEGER NOT NULL DEFAULT 0,
                        last_error         TEXT,
                        next_attempt_at_ms INTEGER NOT NULL,
                        updated_at_ms      INTEGER NOT NULL,
                        PRIMARY KEY (notification_id, platform, chat_id)
                    )""",
                    // The dispatcher's only frequent query ("what is due on this platform?"), polled every second.
                    "CREATE INDEX deliveries_due ON deliveries (platform, next_attempt_at_ms) WHERE status = 'pending'",
                    "CREATE INDEX deliveries_by_status ON deliveries (status) WHERE status = 'sending'",
                    """
                    CREATE TABLE notified_facts (
                        fact_id TEXT PRIMARY KEY,
                        digest  TEXT NOT NULL
                    )""")),
            new Migration(3, "inbound updates claimed once, and question limits shared by every replica", List.of(
                    """
                    CREATE TABLE inbound (
                        platform      TEXT    NOT NULL,
                        scope         TEXT    NOT NULL,
                        event_id      TEXT    NOT NULL,
                        claimed_at_ms INTEGER NOT NULL,
                        PRIMARY KEY (platform, scope, event_id)
                    )""",
                    "CREATE INDEX inbound_by_age ON inbound (claimed_at_ms)",
                    // a GCRA bucket per chat: the theoretical arrival time of its next question
                    """
                    CREATE TABLE question_limits (
                        limit_key TEXT    PRIMARY KEY,
                        tat_ms    INTEGER NOT NULL
                    )""",
                    "CREATE INDEX question_limits_by_age ON question_limits (tat_ms)")),
            new Migration(4, "questions kept for review (learning.keep-questions)", List.of(
                    // the chat only hashed; near_facts: fact ids, best first, one per line
                    """
                    CREATE TABLE kept_questions (
                        id          INTEGER PRIMARY KEY AUTOINCREMENT,
                        kept_at_ms  INTEGER NOT NULL,
                        platform    TEXT    NOT NULL,
                        chat_hash   TEXT    NOT NULL,
                        language    TEXT    NOT NULL,
                        question    TEXT    NOT NULL,
                        why         TEXT    NOT NULL CHECK (why IN ('DECLINED', 'CLARIFIED', 'VOTED_DOWN', 'CHOSEN')),
                        near_facts  TEXT    NOT NULL,
                        chosen      TEXT
                    )""",
                    "CREATE INDEX kept_questions_by_age ON kept_questions (kept_at_ms)")),
            new Migration(5, "follow-ups shared by replicas", List.of(
                    // each conversation's last question, for the next one to lean on; the key only hashed,
                    // facts: fact ids, one per line; rows past the follow-up window are deleted
                    """
                    CREATE TABLE follow_ups (
                        conversation_hash TEXT    PRIMARY KEY,
                        understood        TEXT    NOT NULL,
                        facts             TEXT    NOT NULL,
                        asked_at_ms       INTEGER NOT NULL
                    )""",
                    "CREATE INDEX follow_ups_by_age ON follow_ups (asked_at_ms)")));

    static int latestVersion(List<Migration> migrations) {
        return migrations.isEmpty() ? 0 : migrations.get(migrations.size() - 1).version();
    }
}
