package dev.safqa.telegram;

import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.methods.updatingmessages.EditMessageText;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * Sends the conversation's replies to Telegram, rendered by {@link TelegramRenderer}, through the
 * {@link Outbox}: a message (quoting the one it answers in a shared chat), a tap's answer (a toast,
 * or the tapped message edited in place), inline results. It decides nothing about what is said.
 */
final class Responder {
    private static final Logger log = LoggerFactory.getLogger(Responder.class);
    /** The member statuses that may change a group's subscription. */
    private static final Set<String> ADMINISTRATORS = Set.of("creator", "administrator");
    /** How long a /subscribe in a group waits for getChatMember (retries included) before saying it could not check. */
    private static final Duration ADMIN_CHECK_TIMEOUT = Duration.ofSeconds(10);

    /**
     * A tap on a button: {@code chat} and {@code messageId} are absent for a message sent through
     * inline mode, which has {@code inlineMessageId} instead.
     */
    record Tap(String queryId, ChatRef chat, Integer messageId, String inlineMessageId) {
    }

    private final Outbox outbox;
    private final TelegramRenderer renderer;
    private final Duration typingAfter;

    Responder(Outbox outbox, TelegramRenderer renderer, Duration typingAfter) {
        this.outbox = outbox;
        this.renderer = renderer;
        this.typingAfter = typingAfter;
    }

    /** Something arrived from the chat: it can be written to again. */
    void seen(ChatRef chat) {
        outbox.reachable(chat);
    }

    /** The bot was removed from the chat or blocked there (my_chat_member). */
    void left(ChatRef chat) {
        outbox.gone(chat);
    }

    /** "typing…" if the reply is not ready after the tuned delay; cancel the future once it is. */
    Future<?> typing(ChatRef chat) {
        return outbox.typingAfter(chat, typingAfter);
    }

    /**
     * Whether the asker administers the group, asked of getChatMember only when the conversation needs
     * to know (a /subscribe); UNKNOWN when Telegram cannot say in time.
     */
    Turn.AdminCheck admin(ChatRef chat, String userId) {
        return () -> {
            try {
                ChatMember member = outbox.call(GetChatMember.builder().chatId(chat.id()).userId(Long.parseLong(userId)).build())
                        .get(ADMIN_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
                return ADMINISTRATORS.contains(member.getStatus()) ? Turn.Permission.ALLOWED : Turn.Permission.REFUSED;
            } catch (ExecutionException | TimeoutException | RuntimeException e) {
                log.warn("getChatMember in {} failed, so /subscribe was not decided: {}", chat, e.toString());
                return Turn.Permission.UNKNOWN;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return Turn.Permission.UNKNOWN;
            }
        };
    }

    /** A reply in the chat; {@code replyTo}: the message it answers, quoted in shared chats. */
    void send(ChatRef chat, Integer replyTo, Reply r) {
        if (r.isNone()) {
            return;
        }
        TelegramRenderer.Rendered out = renderer.render(r);
        SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(chat.id()).text(out.html())
                .parseMode(ParseMode.HTML).replyMarkup(out.keyboard());
        if (replyTo != null) {
            // not the builder: its @Singular quote_entities would go out as [] beside no quote
            ReplyParameters to = new ReplyParameters(replyTo);
            to.setAllowSendingWithoutReply(true);
            m.replyParameters(to);
        }
        outbox.send(chat, m.build());
    }

    /**
     * The reply to a tap: a toast is the callback's answer; a replacement edits the tapped message
     * (its keyboard with it); anything else is a new message under the tapped one, or an alert where
     * there is no chat to write to (a message sent through inline mode). Every tap is answered, so
     * the button stops spinning.
     */
    void tapped(Tap tap, Reply r) {
        if (r.toast()) {
            answer(tap, TelegramRenderer.alert(r), false);
        } else if (r.replace() && !r.isNone()) {
            answer(tap, null, false);
            edit(tap, r);
        } else if (r.isNone()) {
            answer(tap, null, false);
        } else if (tap.chat() == null) {
            answer(tap, TelegramRenderer.alert(r), true);
        } else {
            answer(tap, null, false);
            send(tap.chat(), tap.messageId(), r);
        }
    }

    /** A tap on a button we did not write (an old button, a client sending junk): just stop the spinner. */
    void unknownTap(Tap tap) {
        answer(tap, null, false);
    }

    /** Inline mode: the prompt for an empty query. */
    void inlinePrompt(String queryId, Language l) {
        outbox.call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(List.of()).cacheTime(300)
                .button(InlineQueryResultsButton.builder().text(Wording.say(l, "inline.prompt")).startParameter("help").build())
                .build());
    }

    /** Inline mode: the answer and related facts, or no results (over the limit, or nothing to answer). */
    void inline(String queryId, Reply r) {
        if (r.answer() == null) {
            outbox.call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(List.of()).cacheTime(5).isPersonal(true).build());
            return;
        }
        // the answer depends on the text only, so Telegram may share the cached results between users
        outbox.call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(renderer.inline(r)).cacheTime(60)
                .isPersonal(false).build());
    }

    private void edit(Tap tap, Reply r) {
        TelegramRenderer.Rendered out = renderer.render(r);
        EditMessageText.EditMessageTextBuilder<?, ?> e = EditMessageText.builder().text(out.html()).parseMode(ParseMode.HTML)
                .replyMarkup(out.keyboard());
        if (tap.chat() != null && tap.messageId() != null) {
            e.chatId(tap.chat().id()).messageId(tap.messageId());
            outbox.send(tap.chat(), e.build());
        } else if (tap.inlineMessageId() != null) {
            outbox.call(e.inlineMessageId(tap.inlineMessageId()).build());
        }
    }

    private void answer(Tap tap, String text, boolean alert) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> a = AnswerCallbackQuery.builder().callbackQueryId(tap.queryId());
        if (text != null && !text.isBlank()) {
            a.text(TelegramRenderer.clip(text, TelegramRenderer.MAX_ALERT_CHARS)).showAlert(alert);
        }
        outbox.call(a.build());
    }
}
