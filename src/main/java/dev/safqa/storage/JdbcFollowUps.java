package dev.safqa.storage;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@link FollowUpMemory} in the {@code follow_ups} table, one row per conversation, shared by every
 * replica on the database. The conversation's key (platform, chat, thread, user) is stored only as
 * its SHA-256; the last question's text stays no longer than the window: a row past it is never
 * read, and every {@link #FORGET_EVERY}th remember deletes them all (one indexed DELETE, no thread
 * of its own).
 */
final class JdbcFollowUps implements FollowUpMemory {
    static final int FORGET_EVERY = 1_000;
    /** Fact ids are one word ({@code [a-z0-9_-]}, or an article's stem and a number): one per line. */
    private static final String FACT_SEPARATOR = "\n";

    private final Database db;
    private final Clock clock;
    private final AtomicLong remembered = new AtomicLong();

    JdbcFollowUps(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public void remember(String conversation, String understood, List<String> facts) {
        long now = clock.millis();
        if (remembered.getAndIncrement() % FORGET_EVERY == 0) {
            forgetBefore(Instant.ofEpochMilli(now).minus(WINDOW));
        }
        db.withConnection("remember a conversation's last question", c -> Sql.update(c, """
                INSERT INTO follow_ups (conversation_hash, understood, facts, asked_at_ms) VALUES (?, ?, ?, ?)
                ON CONFLICT (conversation_hash) DO UPDATE
                SET understood = excluded.understood, facts = excluded.facts, asked_at_ms = excluded.asked_at_ms""",
                hash(conversation), understood, String.join(FACT_SEPARATOR, facts), now));
    }

    @Override
    public Optional<Last> recent(String conversation) {
        long since = clock.instant().minus(WINDOW).toEpochMilli();
        return db.withConnection("read a conversation's last question", c -> {
            try (PreparedStatement s = Sql.prepare(c,
                    "SELECT understood, facts, asked_at_ms FROM follow_ups WHERE conversation_hash = ? AND asked_at_ms >= ?",
                    hash(conversation), since);
                 ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                String facts = rs.getString(2);
                return Optional.of(new Last(rs.getString(1), facts.isEmpty() ? List.of() : Arrays.asList(facts.split(FACT_SEPARATOR)),
                        Instant.ofEpochMilli(rs.getLong(3))));
            }
        });
    }

    /** Forgets the questions asked before {@code cutoff}; returns how many. */
    int forgetBefore(Instant cutoff) {
        return db.withConnection("forget old follow-ups", c ->
                Sql.update(c, "DELETE FROM follow_ups WHERE asked_at_ms < ?", cutoff.toEpochMilli()));
    }

    /** The whole SHA-256 of the key: two conversations sharing a row would lean on each other's questions. */
    private static String hash(String conversation) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(conversation.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
