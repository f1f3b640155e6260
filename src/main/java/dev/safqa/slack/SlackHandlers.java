package dev.safqa.slack;

import com.slack.api.app_backend.interactive_components.payload.BlockActionPayload;
import com.slack.api.app_backend.interactive_components.response.ActionResponse;
import com.slack.api.app_backend.slash_commands.payload.SlashCommandPayload;
import com.slack.api.app_backend.slash_commands.response.SlashCommandResponse;
import com.slack.api.bolt.App;
import com.slack.api.bolt.context.builtin.ActionContext;
import com.slack.api.bolt.context.builtin.EventContext;
import com.slack.api.bolt.context.builtin.SlashCommandContext;
import com.slack.api.bolt.request.builtin.BlockActionRequest;
import com.slack.api.bolt.request.builtin.SlashCommandRequest;
import com.slack.api.bolt.response.Response;
import com.slack.api.bolt.response.ResponseTypes;
import com.slack.api.app_backend.events.payload.EventsApiPayload;
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import dev.safqa.answer.Replies;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Guide;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.limits.QuestionLimit;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.Feedback;
import dev.safqa.storage.FeedbackLog;
import dev.safqa.storage.InboundLog;
import dev.safqa.storage.Vote;
import dev.safqa.text.Language;
import dev.safqa.text.LanguageDetector;
import java.io.IOException;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners: each turns a Slack payload into a question or a command, hands it to the core,
 * and renders what comes back. Listeners return their ack at once; answering and sending happen on
 * the adapter's executor, because Slack wants an ack within three seconds and retries otherwise.
 *
 * <p>Every listener catches its own failures: they are logged with the (hashed) chat, and the user
 * gets a short apology, never an HTTP 500 that would make Slack deliver the same event again.
 */
final class SlackHandlers {
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

    static final String PLATFORM = "slack";
    static final String COMMAND = "/safqa";
    private static final Pattern LANG = Pattern.compile("lang(?:uage)?(?:\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern SOURCE = Pattern.compile("source(?:\\s+(\\S+))?", Pattern.CASE_INSENSITIVE);
    /** {@code /safqa subscribe}, or the same in Arabic, which also makes the notes Arabic. */
    private static final Set<String> SUBSCRIBE = Set.of("subscribe", "اشتراك", "اشترك");
    private static final Set<String> UNSUBSCRIBE = Set.of("unsubscribe", "إلغاء الاشتراك", "الغاء الاشتراك");

    private final Answerer answerer;
    private final Supplier<Knowledge> knowledge;
    private final ChatSettings chatSettings;
    private final FeedbackLog feedbackLog;
    private final SubscriptionCommands subscriptions;
    private final QuestionLimit questionLimit;
    private final MessageSender sender;
    private final Executor executor;
    private final Telemetry telemetry;
    private final InboundLog inbound;

    SlackHandlers(Answerer answerer, Supplier<Knowledge> knowledge, ChatSettings chatSettings, FeedbackLog feedbackLog,
                  SubscriptionCommands subscriptions, QuestionLimit questionLimit, MessageSender sender,
                  Executor executor, Telemetry telemetry, InboundLog inbound) {
        this.inbound = inbound;
        this.answerer = answerer;
        this.knowledge = knowledge;
        this.chatSettings = chatSettings;
        this.feedbackLog = feedbackLog;
        this.subscriptions = subscriptions;
        this.questionLimit = questionLimit;
        this.sender = sender;
        this.executor = executor;
        this.telemetry = telemetry;
    }

    void register(App app) {
        app.command(COMMAND, this::command);
        app.event(AppMentionEvent.class, this::mention);
        // message.im only: the manifest subscribes to no channel messages. Subtyped messages
        // (edits, deletions, bot_message...) reach no listener and are acked by Bolt.
        app.event(MessageEvent.class, this::directMessage);
        app.blockAction(SlackRenderer.VOTE_UP, (req, ctx) -> vote(req, ctx, Vote.UP));
        app.blockAction(SlackRenderer.VOTE_DOWN, (req, ctx) -> vote(req, ctx, Vote.DOWN));
        app.blockAction(SlackRenderer.SHARE, this::share);
    }

    // ---- /safqa

    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String text = SlackText.question(p.getText());
        Language replyIn = LanguageDetector.detectLetters(text).orElse(Language.EN);
        try {
            ChatKey chat = new ChatKey(PLATFORM, p.getChannelId());
            Optional<Language> chatLanguage = chatSettings.language(chat);
            Language lang = chatLanguage.orElse(Language.EN);
            String word = text.toLowerCase(Locale.ROOT);
            Matcher m;
            if (word.isEmpty() || word.equals("help")) {
                return ephemeral(ctx, SlackRenderer.help(chatLanguage.orElse(null)));
            } else if (word.equals("facts")) {
                return ephemeral(ctx, SlackRenderer.facts(Guide.keyFacts(knowledge.get()), lang));
            } else if ((m = SOURCE.matcher(text)).matches()) {
                return ephemeral(ctx, paragraph(m.group(1), lang));
            } else if ((m = LANG.matcher(text)).matches()) {
                return ephemeral(ctx, SlackRenderer.text(setLanguage(chat, m.group(1), lang)));
            } else if (SUBSCRIBE.contains(word)) {
                // the notes come in the channel's /safqa lang, else in the language the command was typed in
                Language notes = chatLanguage.orElse(replyIn);
                String reply = subscriptions.subscribe(chat, notes, ChatIds.hash(PLATFORM, p.getUserId()));
                return ephemeral(ctx, SlackRenderer.text(isDirectMessage(chat) ? reply : reply + "\n" + Wording.inviteHint(notes)));
            } else if (UNSUBSCRIBE.contains(word)) {
                return ephemeral(ctx, SlackRenderer.text(subscriptions.unsubscribe(chat, chatLanguage.orElse(replyIn))));
            }
            if (!questionLimit.tryAcquire(userKey(p.getUserId()))) {
                telemetry.limited(PLATFORM, p.getChannelId());
                return ephemeral(ctx, SlackRenderer.text(Replies.tooManyQuestions(replyIn, questionLimit.rate().permits())));
            }
            // Answered off the request thread: the ack goes back now, the answer to response_url.
            executor.execute(() -> answerCommand(text, chat, chatLanguage.orElse(null), ctx));
            return ctx.ack();
        } catch (Exception e) {
            failed("/safqa", p.getChannelId(), e);
            return ephemeral(ctx, SlackRenderer.text(Replies.apology(replyIn)));
        }
    }

    private void answerCommand(String question, ChatKey chat, Language forced, SlashCommandContext ctx) {
        SlackMessage reply;
        try {
            reply = SlackRenderer.answer(ask(question, forced, chat.chatId()), true);
        } catch (RuntimeException e) {
            failed("/safqa", chat.chatId(), e);
            reply = SlackRenderer.text(Replies.apology(LanguageDetector.detect(question)));
        }
        SlackMessage r = reply;
        respond(chat.chatId(), () -> ctx.respond(SlashCommandResponse.builder().responseType(ResponseTypes.ephemeral)
                .blocks(r.blocks()).text(r.text()).build()));
    }

    private SlackMessage paragraph(String number, Language lang) {
        Knowledge k = knowledge.get();
        int count = Guide.paragraphCount(k);
        int n;
        try {
            n = number == null ? 0 : Integer.parseInt(number);
        } catch (NumberFormatException e) {
            n = 0;
        }
        return SlackRenderer.paragraph(Guide.paragraph(k, n), count, lang);
    }

    private String setLanguage(ChatKey chat, String arg, Language current) {
        if (arg != null && arg.equalsIgnoreCase("auto")) {
            chatSettings.setLanguage(chat, null);
            return Guide.languageSet(current, true);
        }
        Optional<Language> chosen = Language.fromCode(arg);
        if (chosen.isEmpty()) {
            return Wording.langUsage(current);
        }
        chatSettings.setLanguage(chat, chosen.get());
        return Guide.languageSet(chosen.get(), false);
    }

    private static Response ephemeral(SlashCommandContext ctx, SlackMessage m) {
        return ctx.ack(SlashCommandResponse.builder().responseType(ResponseTypes.ephemeral)
                .blocks(m.blocks()).text(m.text()).build());
    }

    // ---- mentions and direct messages

    Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent ev = payload.getEvent();
        if (ev.getBotId() == null && ev.getUser() != null && firstTime(payload)) {
            // a mention at the top level starts a thread under it; one inside a thread answers there
            String thread = ev.getThreadTs() != null ? ev.getThreadTs() : ev.getTs();
            executor.execute(() -> reply("app_mention", ev.getChannel(), thread, ev.getUser(), ev.getText()));
        }
        return ctx.ack();
    }

    Response directMessage(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent ev = payload.getEvent();
        // bot_id: other bots (and our own replies) must not start a conversation of bots
        if ("im".equals(ev.getChannelType()) && ev.getBotId() == null && ev.getUser() != null
                && firstTime(payload)) {
            executor.execute(() -> reply("message.im", ev.getChannel(), ev.getThreadTs(), ev.getUser(), ev.getText()));
        }
        return ctx.ack();
    }

    /**
     * Claims an event (by team and event id, shared by every replica): Slack retries an event whose
     * ack was late (three times, {@code X-Slack-Retry-Num}), Socket Mode may redeliver it, and with
     * several replicas each copy may reach another one. If the claim cannot be made (the database is
     * unreachable) the event is answered anyway: a question lost is worse than one answered twice.
     */
    private boolean firstTime(EventsApiPayload<?> payload) {
        if (payload.getEventId() == null) {
            return true;
        }
        try {
            return inbound.claim(PLATFORM, payload.getTeamId() == null ? "team" : payload.getTeamId(), payload.getEventId());
        } catch (RuntimeException e) {
            log.warn("Slack event {} could not be claimed ({}); answering it anyway", payload.getEventId(), e.getMessage());
            return true;
        }
    }

    /** Answers a message, in its thread when it has one; runs on the executor. */
    private void reply(String kind, String channel, String threadTs, String user, String slackText) {
        String question = SlackText.question(slackText);
        Language lang = LanguageDetector.detectLetters(question).orElse(Language.EN);
        try {
            ChatKey chat = new ChatKey(PLATFORM, channel);
            Optional<Language> chatLanguage = chatSettings.language(chat);
            SlackMessage out;
            if (question.isEmpty()) {
                out = SlackRenderer.help(chatLanguage.orElse(null));
            } else if (!questionLimit.tryAcquire(userKey(user))) {
                telemetry.limited(PLATFORM, channel);
                out = SlackRenderer.text(Replies.tooManyQuestions(chatLanguage.orElse(lang), questionLimit.rate().permits()));
            } else {
                out = SlackRenderer.answer(ask(question, chatLanguage.orElse(null), channel), false);
            }
            sender.post(channel, threadTs, out);
        } catch (RuntimeException e) {
            failed(kind, channel, e);
            sender.post(channel, threadTs, SlackRenderer.text(Replies.apology(lang)));
        }
    }

    // ---- buttons

    Response vote(BlockActionRequest req, ActionContext ctx, Vote vote) {
        BlockActionPayload p = req.getPayload();
        String channel = channelOf(p);
        try {
            Optional<ButtonValue> value = ButtonValue.decode(p.getActions().get(0).getValue());
            String messageTs = p.getContainer() == null ? null : p.getContainer().getMessageTs();
            if (value.isEmpty() || channel == null || messageTs == null || p.getUser() == null) {
                log.warn("Slack vote without a fact, channel or message; ignored");
                return ctx.ack();
            }
            feedbackLog.record(new Feedback(new ChatKey(PLATFORM, channel), messageTs,
                    ChatIds.hash(PLATFORM, p.getUser().getId()), value.get().payload(), vote));
            SlackMessage thanks = SlackRenderer.text(Replies.thanksForFeedback(value.get().language()));
            executor.execute(() -> respond(channel, () -> ctx.respond(ActionResponse.builder()
                    .responseType(ResponseTypes.ephemeral).replaceOriginal(false)
                    .blocks(thanks.blocks()).text(thanks.text()).build())));
        } catch (RuntimeException e) {
            failed("vote", channel, e);
            apologize(ctx, channel, Language.EN);
        }
        return ctx.ack();
    }

    Response share(BlockActionRequest req, ActionContext ctx) {
        BlockActionPayload p = req.getPayload();
        String channel = channelOf(p);
        Optional<ButtonValue> value = ButtonValue.decode(p.getActions().get(0).getValue());
        if (value.isEmpty()) {
            log.warn("Slack share without a question; ignored");
            return ctx.ack();
        }
        String user = p.getUser() == null ? null : p.getUser().getId();
        executor.execute(() -> {
            try {
                Answer a = ask(value.get().payload(), value.get().language(), channel);
                SlackMessage m = SlackRenderer.shared(a, user);
                respond(channel, () -> ctx.respond(ActionResponse.builder()
                        .responseType(ResponseTypes.inChannel).replaceOriginal(false)
                        .blocks(m.blocks()).text(m.text()).build()));
            } catch (RuntimeException e) {
                failed("share", channel, e);
                apologize(ctx, channel, value.get().language());
            }
        });
        return ctx.ack();
    }

    private void apologize(ActionContext ctx, String channel, Language lang) {
        SlackMessage sorry = SlackRenderer.text(Replies.apology(lang));
        executor.execute(() -> respond(channel, () -> ctx.respond(ActionResponse.builder()
                .responseType(ResponseTypes.ephemeral).replaceOriginal(false)
                .blocks(sorry.blocks()).text(sorry.text()).build())));
    }

    private static String channelOf(BlockActionPayload p) {
        if (p.getChannel() != null && p.getChannel().getId() != null) {
            return p.getChannel().getId();
        }
        return p.getContainer() == null ? null : p.getContainer().getChannelId();
    }

    // ---- shared steps

    private Answer ask(String question, Language forced, String channel) {
        long start = System.nanoTime();
        Answer a = answerer.answer(question, forced);
        telemetry.question(PLATFORM, channel, a, System.nanoTime() - start);
        return a;
    }

    /** Direct messages with Safqa have ids starting with D; channels with C, private channels with G. */
    private static boolean isDirectMessage(ChatKey chat) {
        return chat.chatId().startsWith("D");
    }

    private static String userKey(String userId) {
        return PLATFORM + ":" + userId;
    }

    private interface Call {
        WebhookResponse send() throws IOException;
    }

    /** Posts to a response_url; a failure is logged, since there is nowhere else to tell the user. */
    private void respond(String channel, Call call) {
        try {
            WebhookResponse r = call.send();
            if (r.getCode() == null || r.getCode() != 200) {
                log.warn("Slack response_url for {} answered {}", ChatIds.hash(PLATFORM, String.valueOf(channel)),
                        r.getCode());
                telemetry.error(PLATFORM, "response_url " + r.getCode());
            } else {
                telemetry.sent(PLATFORM);
            }
        } catch (IOException | RuntimeException e) {
            log.warn("Slack response_url for {} failed: {}", ChatIds.hash(PLATFORM, String.valueOf(channel)), e.toString());
            telemetry.error(PLATFORM, "network");
        }
    }

    private void failed(String what, String channel, Exception e) {
        log.error("Slack {} in {} failed: {}", what, ChatIds.hash(PLATFORM, String.valueOf(channel)), e.toString(), e);
        telemetry.error(PLATFORM, "listener");
    }
}
