package dev.safqa.slack;

import com.slack.api.app_backend.events.payload.EventsApiPayload;
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
import com.slack.api.model.event.AppMentionEvent;
import com.slack.api.model.event.MessageEvent;
import com.slack.api.webhook.WebhookResponse;
import dev.safqa.conversation.Command;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.platform.ChatIds;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.InboundLog;
import dev.safqa.text.Language;
import dev.safqa.text.Wording;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Bolt listeners: each parses a Slack payload into a {@link Turn}, hands it to the
 * {@link Conversation}, renders the {@link Reply} and sends it. Listeners return their ack at once (a
 * slash command's within {@link #ACK_WAIT}); the conversation runs on the adapter's executor, because
 * Slack wants an ack within three seconds and retries otherwise.
 *
 * <p>What reaches Safqa: {@code /safqa <text>}, mentions (answered in a thread under them), direct
 * messages, and, in a channel, the replies in a thread Safqa answered in, which continue it without a
 * new mention. Every other channel message is ignored, and so is every bot.
 *
 * <p>A failure in the adapter is logged with the (hashed) chat, and the user gets a short apology,
 * never an HTTP 500 that would make Slack deliver the same event again.
 */
final class SlackHandlers {
    private static final Logger log = LoggerFactory.getLogger(SlackHandlers.class);

    static final String PLATFORM = "slack";
    static final String COMMAND = "/safqa";
    /** How a command is written on Slack: {@code /safqa facts}. */
    static final String PREFIX = COMMAND + " ";
    /**
     * How long a slash command's ack waits for the conversation: a command's reply ready by then is the
     * ack itself; otherwise the ack says Safqa is working on it and the reply follows at response_url.
     */
    static final Duration ACK_WAIT = WorkingIndicator.AFTER;

    private final Conversation conversation;
    private final MessageSender sender;
    private final WorkingIndicator working;
    private final Executor executor;
    private final Telemetry telemetry;
    private final InboundLog inbound;

    SlackHandlers(Conversation conversation, MessageSender sender, WorkingIndicator working, Executor executor,
                  Telemetry telemetry, InboundLog inbound) {
        this.conversation = conversation;
        this.sender = sender;
        this.working = working;
        this.executor = executor;
        this.telemetry = telemetry;
        this.inbound = inbound;
    }

    void register(App app) {
        app.command(COMMAND, this::command);
        app.event(AppMentionEvent.class, this::mention);
        // message.im, message.channels, message.groups. Subtyped messages (edits, deletions,
        // bot_message...) reach no listener and are acked by Bolt.
        app.event(MessageEvent.class, this::message);
        app.blockAction(SlackRenderer.VOTE_UP, (req, ctx) -> vote(req, ctx, true));
        app.blockAction(SlackRenderer.VOTE_DOWN, (req, ctx) -> vote(req, ctx, false));
        app.blockAction(SlackRenderer.SHARE, this::share);
        app.blockAction(SlackRenderer.CHOOSE_ANY, this::choose);
    }

    // ---- /safqa

    /**
     * A command's reply (help, facts, a setting, a refusal) is the ack; an answer always follows at the
     * response_url, whether it was quick or not, so what the asker sees does not depend on timing.
     */
    Response command(SlashCommandRequest req, SlashCommandContext ctx) {
        SlashCommandPayload p = req.getPayload();
        String channel = p.getChannelId();
        String text = SlackText.question(p.getText());
        Turn turn = new Turn(PLATFORM, channel, kindOf(channel), p.getUserId(), null, new Turn.Command(text), null,
                Turn.AdminCheck.ALLOWED, false, PREFIX);
        try {
            CompletableFuture<Reply> reply = CompletableFuture.supplyAsync(
                    () -> withInviteHint(channel, text, conversation.handle(turn)), executor);
            Reply ready = null;
            try {
                ready = reply.get(ACK_WAIT.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                // slow: the ack says so, the reply follows
            }
            if (ready != null && ready.answer() == null) {
                return ready.isNone() ? ctx.ack() : ctx.ack(ephemeral(SlackRenderer.render(ready)));
            }
            reply.whenCompleteAsync((r, e) -> {
                if (e != null) {
                    failed("/safqa", channel, e);
                }
                if (e != null || !r.isNone()) {
                    SlackMessage m = e != null ? SlackRenderer.text(apology()) : SlackRenderer.render(r);
                    respond(channel, () -> ctx.respond(ephemeral(m)));
                }
            }, executor);
            return ready != null ? ctx.ack() : ctx.ack(ephemeral(SlackRenderer.text(workingText())));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return ctx.ack(ephemeral(SlackRenderer.text(apology())));
        } catch (ExecutionException | RuntimeException e) {
            failed("/safqa", channel, e);
            return ctx.ack(ephemeral(SlackRenderer.text(apology())));
        }
    }

    /** What {@code /safqa} says is seen by the asker only (the conversation's replies to it are ephemeral). */
    private static SlashCommandResponse ephemeral(SlackMessage m) {
        return SlashCommandResponse.builder().responseType(ResponseTypes.ephemeral).blocks(m.blocks()).text(m.text()).build();
    }

    /**
     * After {@code /safqa subscribe} in a channel: the notes are posted by the bot, which a slash command
     * does not need to be a member of, so the reply says how to invite it.
     */
    private static Reply withInviteHint(String channel, String text, Reply r) {
        boolean subscribe = Command.parseWords(text).map(i -> i.command() == Command.SUBSCRIBE).orElse(false);
        if (!subscribe || r.isNone() || isDirectMessage(channel)) {
            return r;
        }
        List<Reply.Part> parts = new ArrayList<>(r.parts());
        parts.add(new Reply.Text(Wording.say(r.language(), "subscribe.invite-hint")));
        return new Reply(r.language(), parts, r.choices(), r.factId(), r.ephemeral(), r.replace(), r.toast(), r.answer());
    }

    // ---- mentions and messages

    Response mention(EventsApiPayload<AppMentionEvent> payload, EventContext ctx) {
        AppMentionEvent ev = payload.getEvent();
        if (ev.getBotId() == null && ev.getUser() != null && firstTime(payload)) {
            // a mention at the top level starts a thread under it; one inside a thread answers there
            String thread = ev.getThreadTs() != null ? ev.getThreadTs() : ev.getTs();
            answer("app_mention", ev.getChannel(), kindOf(ev.getChannel()), ev.getTs(), thread, ev.getUser(), ev.getText());
        }
        return ctx.ack();
    }

    Response message(EventsApiPayload<MessageEvent> payload, EventContext ctx) {
        MessageEvent ev = payload.getEvent();
        // bot_id: other bots (and our own replies) must not start a conversation of bots
        if (ev.getBotId() != null || ev.getUser() == null) {
            return ctx.ack();
        }
        if ("im".equals(ev.getChannelType())) {
            if (firstTime(payload)) {
                answer("message.im", ev.getChannel(), Turn.Kind.PRIVATE, ev.getTs(), ev.getThreadTs(), ev.getUser(), ev.getText());
            }
        } else if (followsUp(ev, ctx.getBotUserId()) && firstTime(payload)) {
            answer("message.channels", ev.getChannel(), Turn.Kind.GROUP, ev.getTs(), ev.getThreadTs(), ev.getUser(), ev.getText());
        }
        return ctx.ack();
    }

    /**
     * A channel message is for Safqa only as a reply in a thread Safqa answered in. One that mentions
     * Safqa also comes as app_mention, and is answered from there, once. Checked before the event is
     * claimed: every message of every channel Safqa is in comes this way.
     */
    private boolean followsUp(MessageEvent ev, String botUserId) {
        String thread = ev.getThreadTs();
        if (thread == null || thread.equals(ev.getTs())) {
            return false;
        }
        String text = ev.getText() == null ? "" : ev.getText();
        boolean mentioned = botUserId != null && (text.contains("<@" + botUserId + ">") || text.contains("<@" + botUserId + "|"));
        return !mentioned && conversation.followsThread(PLATFORM, ev.getChannel(), thread);
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

    /**
     * Hands a message to the conversation and posts the reply in {@code thread} (null: the channel
     * itself); an ⏳ on the message {@code ts} while the reply is slow.
     */
    private void answer(String what, String channel, Turn.Kind kind, String ts, String thread, String user, String slackText) {
        Turn turn = new Turn(PLATFORM, channel, kind, user, thread, new Turn.Message(SlackText.question(slackText)), null,
                Turn.AdminCheck.ALLOWED, false, PREFIX);
        WorkingIndicator.Watch watch = working.watch(channel, ts);
        executor.execute(() -> {
            SlackMessage out;
            try {
                Reply r = conversation.handle(turn);
                if (r.isNone()) {
                    watch.done();
                    return;
                }
                out = SlackRenderer.render(r);
            } catch (RuntimeException e) {
                failed(what, channel, e);
                out = SlackRenderer.text(apology());
            }
            sender.post(channel, thread, out).whenComplete((ok, e) -> watch.done());
        });
    }

    // ---- buttons

    /** Recorded before the ack (a vote is one write); the thanks follows at the response_url. */
    Response vote(BlockActionRequest req, ActionContext ctx, boolean up) {
        BlockActionPayload p = req.getPayload();
        String channel = channelOf(p);
        try {
            Optional<ButtonValue> value = ButtonValue.decode(p.getActions().get(0).getValue());
            String messageTs = p.getContainer() == null ? null : p.getContainer().getMessageTs();
            if (value.isEmpty() || channel == null || messageTs == null || p.getUser() == null) {
                log.warn("Slack vote without a fact, channel or message; ignored");
                return ctx.ack();
            }
            Reply thanks = conversation.handle(actionTurn(p, channel,
                    new Turn.Vote(value.get().payload(), value.get().language(), messageTs, up)));
            executor.execute(() -> respondBeside(ctx, channel, thanks, SlackRenderer.render(thanks)));
        } catch (RuntimeException e) {
            failed("vote", channel, e);
            apologize(ctx, channel);
        }
        return ctx.ack();
    }

    /** A tapped choice answers in place of the message it was under. */
    Response choose(BlockActionRequest req, ActionContext ctx) {
        String channel = channelOf(req.getPayload());
        BlockActionPayload.Container container = req.getPayload().getContainer();
        boolean ephemeral = container == null || container.isEphemeral();
        String messageTs = container == null ? null : container.getMessageTs();
        return tap(req, ctx, "choice", (p, v) -> actionTurn(p, channel, new Turn.Choose(v.payload(), v.language())), r -> {
            SlackMessage m = SlackRenderer.render(r, new SlackRenderer.Options(ephemeral, null));
            if (!r.replace()) {
                respondBeside(ctx, channel, r, m); // "slow down": beside the message, not over it
            } else if (ephemeral || messageTs == null) {
                // an ephemeral message can only be replaced through its response_url
                respond(channel, () -> ctx.respond(ActionResponse.builder().responseType(ResponseTypes.ephemeral)
                        .replaceOriginal(true).blocks(m.blocks()).text(m.text()).build()));
            } else {
                sender.update(channel, messageTs, m);
            }
        });
    }

    /** "Share in channel": the question is answered afresh and posted for everyone, saying who shared it. */
    Response share(BlockActionRequest req, ActionContext ctx) {
        String channel = channelOf(req.getPayload());
        String user = req.getPayload().getUser() == null ? null : req.getPayload().getUser().getId();
        return tap(req, ctx, "share", (p, v) -> new Turn(PLATFORM, channel, kindOf(channel), user, null,
                new Turn.Message(v.payload()), v.language(), Turn.AdminCheck.ALLOWED, false, PREFIX), r -> {
            SlackMessage m = SlackRenderer.render(r, new SlackRenderer.Options(false, user));
            respond(channel, () -> ctx.respond(ActionResponse.builder().responseType(ResponseTypes.inChannel)
                    .replaceOriginal(false).blocks(m.blocks()).text(m.text()).build()));
        });
    }

    /**
     * A tap handed to the conversation off the request thread: {@code turnOf} reads the button's value,
     * {@code send} sends the reply (none for {@link Reply#NONE}).
     */
    private Response tap(BlockActionRequest req, ActionContext ctx, String what,
                         BiFunction<BlockActionPayload, ButtonValue, Turn> turnOf, Consumer<Reply> send) {
        BlockActionPayload p = req.getPayload();
        String channel = channelOf(p);
        Optional<ButtonValue> value = ButtonValue.decode(p.getActions().get(0).getValue());
        if (value.isEmpty() || channel == null) {
            log.warn("Slack {} without a value or a channel; ignored", what);
            return ctx.ack();
        }
        Turn turn = turnOf.apply(p, value.get());
        executor.execute(() -> {
            try {
                Reply r = conversation.handle(turn);
                if (!r.isNone()) {
                    send.accept(r);
                }
            } catch (RuntimeException e) {
                failed(what, channel, e);
                apologize(ctx, channel);
            }
        });
        return ctx.ack();
    }

    private static Turn actionTurn(BlockActionPayload p, String channel, Turn.Input input) {
        String thread = p.getContainer() == null ? null : p.getContainer().getThreadTs();
        return new Turn(PLATFORM, channel, kindOf(channel), p.getUser() == null ? null : p.getUser().getId(), thread, input,
                null, Turn.AdminCheck.ALLOWED, false, PREFIX);
    }

    /** A reply to a tap, seen by the tapper only, leaving the message it was under as it is. */
    private void respondBeside(ActionContext ctx, String channel, Reply r, SlackMessage m) {
        if (!r.isNone()) {
            respond(channel, () -> ctx.respond(ActionResponse.builder()
                    .responseType(ResponseTypes.ephemeral).replaceOriginal(false)
                    .blocks(m.blocks()).text(m.text()).build()));
        }
    }

    private void apologize(ActionContext ctx, String channel) {
        executor.execute(() -> respondBeside(ctx, channel, Reply.text(Language.EN, apology()), SlackRenderer.text(apology())));
    }

    private static String channelOf(BlockActionPayload p) {
        if (p.getChannel() != null && p.getChannel().getId() != null) {
            return p.getChannel().getId();
        }
        return p.getContainer() == null ? null : p.getContainer().getChannelId();
    }

    // ---- shared steps

    /** Direct messages with Safqa have ids starting with D; channels with C, private channels with G. */
    private static boolean isDirectMessage(String channel) {
        return channel != null && channel.startsWith("D");
    }

    private static Turn.Kind kindOf(String channel) {
        return isDirectMessage(channel) ? Turn.Kind.PRIVATE : Turn.Kind.GROUP;
    }

    /**
     * When the adapter itself fails, or before the conversation has chosen a language: both
     * languages, rather than a guess.
     */
    static String apology() {
        return Wording.say(Language.EN, "apology") + "\n" + Wording.say(Language.AR, "apology");
    }

    private static String workingText() {
        return Wording.say(Language.EN, "working") + "\n" + Wording.say(Language.AR, "working");
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

    private void failed(String what, String channel, Throwable e) {
        log.error("Slack {} in {} failed: {}", what, ChatIds.hash(PLATFORM, String.valueOf(channel)), e.toString(), e);
        telemetry.error(PLATFORM, "listener");
    }
}
