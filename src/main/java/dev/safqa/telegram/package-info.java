/**
 * The Telegram adapter, on telegrambots 10.2 (long polling and client; the webhook is Safqa's own
 * route). It translates updates into questions and commands for the core and renders the answers
 * back as Telegram HTML; no ranking or wording decisions live here.
 *
 * <ul>
 *   <li>{@link dev.safqa.telegram.TelegramBot}: the {@link dev.safqa.platform.Platform}; wiring and
 *   threads.</li>
 *   <li>{@link dev.safqa.telegram.TelegramSettings}: the configuration, from {@code TELEGRAM_*}
 *   environment variables.</li>
 *   <li>{@code UpdateHandler} reads an update, {@code Responder} acts on it, {@code TelegramRenderer}
 *   writes the HTML and buttons, {@code Outbox} paces and retries what is sent.</li>
 *   <li>{@link dev.safqa.telegram.SubscriptionCommands}: /subscribe and /unsubscribe, once the
 *   {@code Responder} has decided who may (a group's administrators by getChatMember, a private chat's
 *   user, a channel's posts); {@link dev.safqa.telegram.ChatLifecycle}: chats that blocked the bot or
 *   moved.</li>
 *   <li>{@code TelegramNoticeSender} ({@link dev.safqa.telegram.TelegramBot#notices()}): one
 *   sendMessage per notification for the {@link dev.safqa.notify.Dispatcher}, which paces and
 *   retries; it maps Telegram's answers to {@link dev.safqa.notify.SendResult}s.</li>
 *   <li>Around the library's traps (each re-checked on 10.2.0, each with a test): {@code BotApiAnswers}
 *   makes every answer Bot API JSON before the client reads it; {@code UpdateParser} reads updates one
 *   by one ({@code Update} rejects unknown fields); {@code PollBackOff} never gives up and honours
 *   {@code retry_after}; {@code PollWatch} reads the poll's errors and logs them in one line;
 *   {@code UpdateHandler} never throws (a throwing consumer ends polling); {@code StartFailures} says
 *   why a start failed.</li>
 * </ul>
 *
 * <p>Setting a bot up with BotFather: {@code /newbot} gives the token (TELEGRAM_BOT_TOKEN);
 * {@code /setprivacy} Enable (the default) is enough, since in groups the bot only needs commands,
 * mentions and replies to itself; {@code /setinline} turns inline mode on ({@code @bot question} in any
 * chat). Run with {@code TELEGRAM_BOT_TOKEN=... java -jar safqa.jar serve}; set TELEGRAM_WEBHOOK_URL
 * (public https URL routed to {@code POST /telegram} on SAFQA_HTTP_PORT) for webhook mode, and
 * optionally TELEGRAM_WEBHOOK_SECRET, TELEGRAM_API_URL, TELEGRAM_QUESTIONS_PER_MINUTE,
 * TELEGRAM_BOT_USERNAME.
 */
package dev.safqa.telegram;
