package dev.safqa.telegram;


import dev.safqa.ops.LogRedaction;
import dev.safqa.limits.Pacing;
import dev.safqa.notify.NoticeSender;
import dev.safqa.notify.SendResult;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.LinkPreviewOptions;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;
import org.telegram.telegrambots.meta.generics.TelegramClient;

/**
 * Notifications to Telegram chats: one sendMessage per call, rendered as the answers are (bidi
 * isolation, then HTML escaping; see {@link #render}), straight through the client. Not through the {@link Outbox}: the
 * dispatcher already paced it on the shared pacer and does its own retries, so the outbox's pacing
 * and retries would count the message twice.
 *
 * <p>What Telegram says becomes a {@link SendResult}:
 * <ul>
 *   <li>{@code migrate_to_chat_id} (the group became a supergroup): Moved.</li>
 *   <li>429: RetryAfter its {@code retry_after}; for a group or channel the chat waits (its 20 a minute
 *   is the limit such a 429 is about), for a private chat the whole bot does (one message a second
 *   per chat is kept, so it is the overall limit).</li>
 *   <li>403 (blocked, kicked), and 400 "chat not found" or "not enough rights": Gone.</li>
 *   <li>5xx, or an answer that is not the Bot API's JSON (a proxy's error page): Transient.</li>
 *   <li>Any other 4xx: Refused (sending the same message again cannot help).</li>
 *   <li>No answer: Transient if the connection was never made; Unknown if the request may have
 *   arrived (a read timeout, the connection closed before the answer), so it is never sent twice.</li>
 * </ul>
 */
final class TelegramNoticeSender implements NoticeSender {
    /** Telegram refuses messages over 4,096 characters; the isolates added for Arabic need a little room. */
    static final int MAX_CHARS = 4_000;
    /** 400 descriptions that mean the bot can never post in this chat again. */
    private static final List<String> GONE = List.of("chat not found", "not enough rights", "need administrator rights",
            "have no rights", "chat_write_forbidden", "bot was kicked", "bot is not a member", "user is deactivated",
            "chat was deleted", "group chat was deactivated");

    private final TelegramClient client;
    private final LogRedaction redactor;

    TelegramNoticeSender(TelegramClient client, LogRedaction redactor) {
        this.client = client;
        this.redactor = redactor;
    }

    @Override
    public String platform() {
        return ChatRef.PLATFORM;
    }

    @Override
    public Pacing pacing() {
        return TelegramLimits.PACING;
    }

    @Override
    public SendResult send(String chatId, String text) {
        SendMessage message = SendMessage.builder().chatId(chatId)
                .text(render(TelegramRenderer.clip(text, MAX_CHARS)))
                .parseMode(ParseMode.HTML)
                .linkPreviewOptions(LinkPreviewOptions.builder().isDisabled(true).build())
                .build();
        try {
            client.execute(message);
            return SendResult.sent();
        } catch (TelegramApiRequestException e) {
            return e.getErrorCode() != null && e.getErrorCode() != 0 ? refusal(chatId, e) : noAnswer(e);
        } catch (TelegramApiException e) {
            return noAnswer(e);
        } catch (RuntimeException e) {
            return new SendResult.Unknown("sendMessage failed: " + redactor.describe(e));
        }
    }

    /**
     * As the answers are rendered, but line by line: an English note that quotes the Arabic article
     * keeps its English lines untouched, and only the lines that mix scripts get isolates.
     */
    static String render(String plain) {
        return Arrays.stream(plain.split("\n", -1)).map(TelegramRenderer::text).collect(Collectors.joining("\n"));
    }

    private SendResult refusal(String chatId, TelegramApiRequestException e) {
        int code = e.getErrorCode();
        String description = redactor.mask(e.getApiResponse() == null ? "" : e.getApiResponse());
        ResponseParameters p = e.getParameters();
        if (p != null && p.getMigrateToChatId() != null) {
            return new SendResult.Moved(String.valueOf(p.getMigrateToChatId()));
        }
        if (code == 429) {
            long seconds = p != null && p.getRetryAfter() != null ? Math.max(1, p.getRetryAfter()) : 1;
            return new SendResult.RetryAfter(Duration.ofSeconds(seconds), chatId.startsWith("-")
                    ? SendResult.RetryAfter.Scope.CHAT : SendResult.RetryAfter.Scope.PLATFORM);
        }
        String lower = description.toLowerCase(Locale.ROOT);
        if (code == 403 || (code == 400 && GONE.stream().anyMatch(lower::contains))) {
            return new SendResult.Gone("[" + code + "] " + description);
        }
        if (code >= 500) {
            return new SendResult.Transient("[" + code + "] " + description);
        }
        return new SendResult.Refused("[" + code + "] " + description);
    }

    /** No Bot API answer: what happened to the request decides between retrying and giving up. */
    private SendResult noAnswer(TelegramApiException e) {
        String why = redactor.describe(e);
        if (e instanceof TelegramApiValidationException) {
            return new SendResult.Refused(why); // never left: the message is invalid
        }
        if (e.getCause() == null) {
            return new SendResult.Unknown(why); // an answer telegrambots could not read at all (an empty body)
        }
        // an unreadable answer (a proxy's error page fails the JSON parser) counts as a network failure
        return SendResult.noAnswer(e, why);
    }
}
