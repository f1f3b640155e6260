/**
 * The bot's own state: which chats are subscribed to knowledge updates, each chat's language, the
 * 👍/👎 votes on answers, the notifications and their deliveries, the inbound updates already taken
 * and the per-chat question limits. Kept in one embedded SQLite file ({@code <data dir>/safqa.db}) by
 * default, or in PostgreSQL when several replicas share it ({@code SAFQA_DATABASE_URL}): the same
 * migrations and statements run on both ({@link dev.safqa.storage.Dialect}).
 * {@link dev.safqa.storage.Database} opens and migrates it and hands out one small interface per
 * concern ({@link dev.safqa.storage.ChatSettings}, {@link dev.safqa.storage.Subscriptions},
 * {@link dev.safqa.storage.FeedbackLog}, {@link dev.safqa.storage.InboundLog}...); callers depend on
 * those interfaces, never on SQL.
 */
package dev.safqa.storage;
