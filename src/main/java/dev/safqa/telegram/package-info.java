/**
 * The Telegram adapter, on telegrambots 10.2 (long polling and client; the webhook is Safqa's own
 * route). A message crosses it twice: an update is parsed into a {@link dev.safqa.conversation.Turn}
 * and handed to the {@link dev.safqa.conversation.Conversation}, whose
 * {@link dev.safqa.conversation.Reply} is rendered as Telegram HTML and sent. Commands, languages,
 * limits, follow-ups, choices, votes, subscriptions and every sentence are the conversation's.
 *
 * <ul>
 *   <li>{@link dev.safqa.telegram.TelegramBot}: the {@link dev.safqa.platform.Platform}; wiring and
 *   threads. {@link dev.safqa.telegram.TelegramSettings}: its configuration, one value built by
 *   {@code dev.safqa.config}.</li>
 *   <li>{@code UpdateHandler} reads an update into a turn (private, group, channel, inline; a reply to
 *   the bot's answer; a tap's callback data), {@code TelegramRenderer} writes a reply's HTML and
 *   buttons, {@code Responder} sends it (a message, an edit in place, a callback answer, inline
 *   results), {@code Outbox} paces ({@link dev.safqa.notify.Pacing#telegram()}) and retries.</li>
 *   <li>{@link dev.safqa.telegram.ChatLifecycle}: chats that blocked the bot or moved.</li>
 *   <li>{@code TelegramNoticeSender} ({@link dev.safqa.telegram.TelegramBot#notices()}): one
 *   sendMessage per notification for the {@link dev.safqa.notify.Dispatcher}, which paces and
 *   retries; it maps Telegram's answers to {@link dev.safqa.notify.SendResult}s.</li>
 *   <li>Around the library's traps (each re-checked on 10.2.0, each with a test): {@code BotApiAnswers}
 *   makes every answer Bot API JSON before the client reads it; {@code UpdateParser} reads updates one
 *   by one ({@code Update} rejects unknown fields); {@code PollBackOff} never gives up and honours
 *   {@code retry_after}; {@code PollWatch} reads the poll's errors and logs them in one line;
 *   {@code UpdateHandler} never throws (a throwing consumer ends polling); {@code StartFailures} says
 *   why a start failed. Secrets are kept out of every log line by {@link dev.safqa.ops.LogRedaction}.</li>
 * </ul>
 *
 * <p>Setting a bot up with BotFather: {@code /newbot} gives the token (TELEGRAM_BOT_TOKEN);
 * {@code /setprivacy} Enable (the default) is enough, since in groups the bot only needs commands,
 * mentions and replies to itself; {@code /setinline} turns inline mode on ({@code @bot question} in any
 * chat). Run with {@code TELEGRAM_BOT_TOKEN=... java -jar safqa.jar serve}; set TELEGRAM_WEBHOOK_URL
 * (public https URL routed to {@code POST /telegram} on SAFQA_HTTP_PORT) for webhook mode, and
 * optionally TELEGRAM_WEBHOOK_SECRET, TELEGRAM_API_URL and
 * TELEGRAM_BOT_USERNAME.
 */
package dev.safqa.telegram;
