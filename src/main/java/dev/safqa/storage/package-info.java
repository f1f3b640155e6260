/**
 * The bot's own state, kept in one embedded SQLite file ({@code <data dir>/safqa.db}): which chats
 * are subscribed to knowledge updates, each chat's language, and the 👍/👎 votes on answers.
 * {@link dev.safqa.storage.Database} opens and migrates the file and hands out one small interface per
 * concern ({@link dev.safqa.storage.ChatSettings}, {@link dev.safqa.storage.Subscriptions},
 * {@link dev.safqa.storage.FeedbackLog}); callers depend on those interfaces, never on SQL.
 */
package dev.safqa.storage;
