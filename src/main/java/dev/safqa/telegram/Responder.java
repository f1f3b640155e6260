package dev.safqa.telegram;

import dev.safqa.answer.Replies;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Guide;
import dev.safqa.knowledge.Article;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.limits.QuestionLimit;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.Feedback;
import dev.safqa.storage.FeedbackLog;
import dev.safqa.storage.StorageException;
import dev.safqa.storage.Vote;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.methods.AnswerCallbackQuery;
import org.telegram.telegrambots.meta.api.methods.AnswerInlineQuery;
import org.telegram.telegrambots.meta.api.methods.ParseMode;
import org.telegram.telegrambots.meta.api.methods.groupadministration.GetChatMember;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.api.objects.ReplyParameters;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMember;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultsButton;

/**
 * What the bot does once an update has been read: asks the core, renders, sends. It never sees an
 * {@code Update}; {@link UpdateHandler} hands it a question, a command, a click or an inline query.
 *
 * <p>Language: a chat's {@code /lang} choice wins; otherwise answers follow the question, and texts
 * with no question (help, hints) follow the user's Telegram language, then English.
 */
final class Responder {
    private static final Logger log = LoggerFactory.getLogger(Responder.class);
    /** The member statuses that may change a group's subscription. */
    private static final Set<String> ADMINISTRATORS = Set.of("creator", "administrator");
    /** How long a /subscribe in a group waits for getChatMember (retries included) before saying it could not check. */
    private static final Duration ADMIN_CHECK_TIMEOUT = Duration.ofSeconds(10);

    private enum Permission { ALLOWED, REFUSED, UNKNOWN }

    /**
     * Where a message came from and where the reply goes. {@code asChat}: sent on behalf of the chat
     * itself (a channel post, or an administrator of a group posting anonymously).
     */
    record Origin(ChatRef chat, Integer replyTo, String userId, Language userLanguage, boolean asChat) {
        Origin(ChatRef chat, Integer replyTo, String userId, Language userLanguage) {
            this(chat, replyTo, userId, userLanguage, false);
        }

        String userHash() {
            return userId == null ? ChatIds.hash(ChatRef.PLATFORM, "chat:" + chat.id()) : ChatIds.hash(ChatRef.PLATFORM, userId);
        }
    }

    /** A tap on a button: the chat and message are absent for a message sent through inline mode. */
    record Click(String queryId, ChatRef chat, Integer messageId, String userId, Language userLanguage) {
    }

    private final Answerer answerer;
    private final Supplier<Knowledge> knowledge;
    private final ChatSettings chatSettings;
    private final FeedbackLog feedback;
    private final SubscriptionCommands subscriptions;
    private final Outbox outbox;
    private final TelegramRenderer renderer;
    private final QuestionLimit questions;
    /** At most one "slow down" per chat a minute, so a flood is not answered by a flood. */
    private final QuestionLimit refusals;
    private final Telemetry telemetry;

    Responder(Answerer answerer, Supplier<Knowledge> knowledge, ChatSettings chatSettings, FeedbackLog feedback,
              SubscriptionCommands subscriptions, Outbox outbox, TelegramRenderer renderer, QuestionLimit questions,
              QuestionLimit refusals, Telemetry telemetry, Duration typingAfter) {
        this.typingAfter = typingAfter;
        this.answerer = answerer;
        this.knowledge = knowledge;
        this.chatSettings = chatSettings;
        this.feedback = feedback;
        this.subscriptions = subscriptions;
        this.outbox = outbox;
        this.renderer = renderer;
        this.questions = questions;
        this.refusals = refusals;
        this.telemetry = telemetry;
    }

    /** Something arrived from the chat: it can be written to again. */
    void seen(ChatRef chat) {
        outbox.reachable(chat);
    }

    private final Duration typingAfter;

    void question(Origin o, String text) {
        Optional<Language> forced = chatLanguage(o.chat());
        if (!allowed(o, forced.orElseGet(() -> guess(text, o.userLanguage())))) {
            return;
        }
        java.util.concurrent.Future<?> typing = outbox.typingAfter(o.chat(), typingAfter);
        long start = System.nanoTime();
        Answer a;
        try {
            a = answerer.answer(text, forced.orElse(null));
        } finally {
            typing.cancel(false);
        }
        telemetry.question(ChatRef.PLATFORM, o.chat().id(), a, System.nanoTime() - start);
        reply(o, renderer.answer(a));
    }

    void command(Origin o, String name, String argument) {
        if (name.equals("ask")) {
            question(o, argument);
            return;
        }
        Language l = chatLanguage(o.chat()).orElseGet(() -> o.userLanguage() != null ? o.userLanguage() : guess(argument, null));
        if (!allowed(o, l)) {
            return;
        }
        Knowledge k = knowledge.get();
        String html = switch (name) {
            case "facts" -> renderer.keyFacts(Guide.keyFacts(k), l);
            case "source" -> source(k, argument, l);
            case "lang" -> language(o, argument, l);
            case "subscribe", "unsubscribe" -> TelegramRenderer.text(subscription(o, name.equals("subscribe"), l));
            default -> renderer.help(l);  // start, help, and anything we do not know
        };
        reply(o, new TelegramRenderer.Reply(html));
    }

    /** A sticker, photo, voice note...: say what the bot reads. */
    void nonText(Origin o) {
        Language l = chatLanguage(o.chat()).orElse(o.userLanguage() != null ? o.userLanguage() : Language.EN);
        if (allowed(o, l)) {
            reply(o, new TelegramRenderer.Reply(TelegramRenderer.text(TelegramTexts.nonText(l))));
        }
    }

    void click(Click c, CallbackData data) {
        switch (data.action()) {
            case SOURCE -> showSource(c, data);
            case UP, DOWN -> vote(c, data);
        }
    }

    /** Data we did not write (an old button, a client sending junk): just stop the spinner. */
    void unknownClick(Click c) {
        answerClick(c, null, false);
    }

    void inline(String queryId, String userId, String query, Language userLanguage) {
        String q = query == null ? "" : query.strip();
        if (q.isEmpty()) {
            Language l = userLanguage != null ? userLanguage : Language.EN;
            outbox.call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(List.of()).cacheTime(300)
                    .button(InlineQueryResultsButton.builder().text(TelegramTexts.inlinePrompt(l)).startParameter("help").build())
                    .build());
            return;
        }
        if (!questions.tryAcquire("inline:" + userId)) {
            telemetry.limited(ChatRef.PLATFORM, "inline:" + userId);
            outbox.call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(List.of()).cacheTime(5).isPersonal(true).build());
            return;
        }
        long start = System.nanoTime();
        Answer a = answerer.answer(q, null);
        telemetry.question(ChatRef.PLATFORM, "inline:" + userId, a, System.nanoTime() - start);
        // the answer depends on the text only, so Telegram may share the cached results between users
        outbox.call(AnswerInlineQuery.builder().inlineQueryId(queryId).results(renderer.inline(a)).cacheTime(60)
                .isPersonal(false).build());
    }

    /** The bot was removed from the chat or blocked there (my_chat_member). */
    void left(ChatRef chat) {
        outbox.gone(chat);
    }

    private void showSource(Click c, CallbackData data) {
        Language l = data.language();
        Knowledge k = knowledge.get();
        Optional<Paragraph> p = k.fact(data.factId())
                .flatMap(f -> k.article(f.article()).flatMap(a -> a.paragraph(f.paragraph())));
        if (p.isEmpty()) {
            answerClick(c, TelegramTexts.sourceGone(l), true);
        } else if (c.chat() == null) {
            // a message sent through inline mode: no chat to post the paragraph in, so an alert it is
            answerClick(c, renderer.paragraphAlert(p.get(), l), true);
        } else {
            answerClick(c, null, false);
            Origin o = new Origin(c.chat(), c.messageId(), c.userId(), c.userLanguage());
            if (allowed(o, l)) {
                reply(o, new TelegramRenderer.Reply(renderer.paragraph(p.get(), l)));
            }
        }
    }

    private void vote(Click c, CallbackData data) {
        if (c.chat() != null && c.messageId() != null && c.userId() != null) {
            try {
                feedback.record(new Feedback(c.chat().key(), String.valueOf(c.messageId()),
                        ChatIds.hash(ChatRef.PLATFORM, c.userId()), data.factId(),
                        data.action() == CallbackData.Action.UP ? Vote.UP : Vote.DOWN));
            } catch (StorageException e) {
                log.warn("feedback from {} not recorded: {}", c.chat(), e.getMessage());
            }
        }
        answerClick(c, Replies.thanksForFeedback(data.language()), false);
    }

    private String source(Knowledge k, String argument, Language l) {
        Article article = k.mainArticle();
        if (argument.isBlank()) {
            return renderer.sourceIndex(article, l);
        }
        try {
            Optional<Paragraph> p = Guide.paragraph(k, Integer.parseInt(ArabicText.foldDigits(argument.strip())));
            if (p.isPresent()) {
                return renderer.paragraph(p.get(), l);
            }
        } catch (NumberFormatException e) {
            // not a number: same answer as a number out of range
        }
        return TelegramRenderer.text(Guide.noSuchParagraph(l, Guide.paragraphCount(k)));
    }

    private String language(Origin o, String argument, Language current) {
        String arg = argument.strip();
        Optional<Language> chosen = Language.fromCode(arg);
        boolean auto = arg.equalsIgnoreCase("auto");
        if (!auto && chosen.isEmpty()) {
            return TelegramRenderer.text(Guide.languageUsage(current));
        }
        try {
            chatSettings.setLanguage(o.chat().key(), auto ? null : chosen.get());
        } catch (StorageException e) {
            log.warn("language of {} not saved: {}", o.chat(), e.getMessage());
            return TelegramRenderer.text(TelegramTexts.settingNotSaved(current));
        }
        return TelegramRenderer.text(Guide.languageSet(chosen.orElse(current), auto));
    }

    /** /subscribe or /unsubscribe, once it is known whether the asker may change the chat's subscription. */
    private String subscription(Origin o, boolean subscribe, Language l) {
        Permission p = mayManageSubscription(o);
        if (p == Permission.UNKNOWN) {
            return TelegramTexts.adminCheckFailed(l);
        }
        boolean allowed = p == Permission.ALLOWED;
        try {
            return subscribe ? subscriptions.subscribe(o.chat().key(), l, o.userHash(), allowed)
                    : subscriptions.unsubscribe(o.chat().key(), l, allowed);
        } catch (StorageException e) {
            log.warn("subscription of {} not changed: {}", o.chat(), e.getMessage());
            return TelegramTexts.settingNotSaved(l);
        }
    }

    /**
     * In a private chat, its user; in a channel, whoever posts (only its administrators can); in a
     * group, its creator and administrators, as getChatMember says, and an administrator posting
     * anonymously (the message comes from the group itself).
     */
    private Permission mayManageSubscription(Origin o) {
        ChatRef.Kind kind = o.chat().kind();
        if (kind == ChatRef.Kind.PRIVATE || kind == ChatRef.Kind.CHANNEL || o.asChat()) {
            return Permission.ALLOWED;
        }
        if (o.userId() == null) {
            return Permission.REFUSED;
        }
        try {
            ChatMember member = outbox.call(GetChatMember.builder().chatId(o.chat().id()).userId(Long.parseLong(o.userId())).build())
                    .get(ADMIN_CHECK_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return ADMINISTRATORS.contains(member.getStatus()) ? Permission.ALLOWED : Permission.REFUSED;
        } catch (ExecutionException | TimeoutException | RuntimeException e) {
            log.warn("getChatMember in {} failed, so /subscribe was not decided: {}", o.chat(), e.toString());
            return Permission.UNKNOWN;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Permission.UNKNOWN;
        }
    }

    private boolean allowed(Origin o, Language l) {
        String chat = o.chat().id();
        if (questions.tryAcquire(chat)) {
            return true;
        }
        telemetry.limited(ChatRef.PLATFORM, chat);
        if (refusals.tryAcquire(chat)) {
            reply(o, new TelegramRenderer.Reply(TelegramRenderer.text(
                    Replies.tooManyQuestions(l, questions.rate().permits()))));
        }
        return false;
    }

    private Optional<Language> chatLanguage(ChatRef chat) {
        try {
            return chatSettings.language(chat.key());
        } catch (StorageException e) {
            // answering in the question's language beats not answering
            log.warn("language of {} not read: {}", chat, e.getMessage());
            return Optional.empty();
        }
    }

    private static Language guess(String text, Language fallback) {
        return LanguageDetector.detectLetters(text == null ? "" : text)
                .orElse(fallback != null ? fallback : Language.EN);
    }

    private void reply(Origin o, TelegramRenderer.Reply r) {
        SendMessage.SendMessageBuilder<?, ?> m = SendMessage.builder().chatId(o.chat().id()).text(r.html())
                .parseMode(ParseMode.HTML).replyMarkup(r.keyboard());
        if (o.replyTo() != null) {
            // not the builder: its @Singular quote_entities would go out as [] beside no quote
            ReplyParameters to = new ReplyParameters(o.replyTo());
            to.setAllowSendingWithoutReply(true);
            m.replyParameters(to);
        }
        outbox.send(o.chat(), m.build());
    }

    private void answerClick(Click c, String text, boolean alert) {
        AnswerCallbackQuery.AnswerCallbackQueryBuilder<?, ?> a = AnswerCallbackQuery.builder().callbackQueryId(c.queryId());
        if (text != null) {
            a.text(TelegramRenderer.clip(text, TelegramRenderer.MAX_ALERT_CHARS)).showAlert(alert);
        }
        outbox.call(a.build());
    }
}
