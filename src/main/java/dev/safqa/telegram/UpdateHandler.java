package dev.safqa.telegram;

import dev.safqa.platform.Telemetry;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.longpolling.interfaces.LongPollingUpdateConsumer;
import org.telegram.telegrambots.meta.api.objects.CallbackQuery;
import org.telegram.telegrambots.meta.api.objects.MessageEntity;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.chatmember.ChatMemberUpdated;
import org.telegram.telegrambots.meta.api.objects.inlinequery.InlineQuery;
import org.telegram.telegrambots.meta.api.objects.message.MaybeInaccessibleMessage;
import org.telegram.telegrambots.meta.api.objects.message.Message;

/**
 * Reads each update and decides what it is for us (a question, a command, a click, an inline query,
 * or nothing), then hands it to the {@link Responder}. It only translates.
 *
 * <ul>
 *   <li>Private chats: text is a question; other messages get a hint.</li>
 *   <li>Groups: commands, @mentions of the bot and replies to the bot's own messages; nothing else.
 *   {@code /cmd@other_bot} is never ours; a bare {@code /cmd} we do not know may be another bot's.</li>
 *   <li>Channels: commands only. Edited messages and update kinds we do not use are skipped.</li>
 * </ul>
 *
 * <p>telegrambots stops polling for good, silently, if {@link #consume} throws: every update is
 * handled inside its own catch-all, logged with its update_id and skipped.
 */
final class UpdateHandler implements LongPollingUpdateConsumer {
    private static final Logger log = LoggerFactory.getLogger(UpdateHandler.class);

    /** Claims an update for answering; false if another replica (or an earlier delivery) has it. */
    @FunctionalInterface
    interface Claims {
        boolean firstTime(Update update);
    }

    private final Responder responder;
    private final Claims claims;
    private final StripedExecutor workers;
    private final Telemetry telemetry;
    private final Redactor redactor;
    private volatile String username;
    private volatile Pattern mention;

    UpdateHandler(Responder responder, StripedExecutor workers, Telemetry telemetry, Redactor redactor) {
        this(responder, u -> true, workers, telemetry, redactor);
    }

    UpdateHandler(Responder responder, Claims claims, StripedExecutor workers, Telemetry telemetry, Redactor redactor) {
        this.responder = responder;
        this.claims = claims;
        this.workers = workers;
        this.telemetry = telemetry;
        this.redactor = redactor;
    }

    /** The bot's username (from settings or getMe), needed to tell our commands and mentions apart. */
    void username(String name) {
        this.username = name;
        this.mention = Pattern.compile("(?i)(?<![A-Za-z0-9_])@" + Pattern.quote(name) + "(?![A-Za-z0-9_])");
    }

    /**
     * Long polling: each update claimed, then queued. If the claim cannot be made (the database is
     * unreachable) the update is answered anyway: only one replica polls, so a repeat is unlikely,
     * and a lost question is worse.
     */
    @Override
    public void consume(List<Update> updates) {
        for (Update u : updates) {
            boolean first;
            try {
                first = claims.firstTime(u);
            } catch (RuntimeException e) {
                log.warn("update {} could not be claimed ({}); answering it anyway", id(u), redactor.describe(e));
                first = true;
            }
            if (first) {
                queue(u);
            } else {
                log.debug("update {} was already taken: skipped", id(u));
            }
        }
    }

    /** Webhook: claimed by the caller, which can still ask Telegram to send it again. */
    boolean claim(Update u) {
        return claims.firstTime(u);
    }

    void queue(Update u) {
        try {
            workers.execute(stripe(u), () -> handleSafely(u));
        } catch (Throwable t) {
            log.error("update {} could not be queued and was skipped: {}", id(u), redactor.describe(t));
        }
    }

    /** The boundary: nothing thrown while handling one update reaches the poller. */
    void handleSafely(Update u) {
        try {
            handle(u);
        } catch (Throwable t) {
            telemetry.error(ChatRef.PLATFORM, "update");
            log.error("update {} failed and was skipped", id(u), redactor.scrub(t));
        }
    }

    void handle(Update u) {
        if (u.hasMessage()) {
            message(u.getMessage(), false);
        } else if (u.hasChannelPost()) {
            message(u.getChannelPost(), true);
        } else if (u.hasCallbackQuery()) {
            click(u.getCallbackQuery());
        } else if (u.hasInlineQuery()) {
            InlineQuery q = u.getInlineQuery();
            responder.inline(q.getId(), String.valueOf(q.getFrom().getId()), q.getQuery(), language(q.getFrom()));
        } else if (u.getMyChatMember() != null) {
            membership(u.getMyChatMember());
        } else if (u.hasEditedMessage() || u.hasEditedChannelPost()) {
            log.debug("update {}: edited message ignored", id(u));
        } else {
            log.debug("update {}: a kind we do not handle, skipped", id(u));
        }
    }

    private void message(Message m, boolean channelPost) {
        if (m.getChat() == null) {
            return;
        }
        ChatRef chat = ChatRef.of(m.getChat());
        responder.seen(chat);
        User from = m.getFrom();
        // a channel's post, or a group administrator posting anonymously: the chat itself speaks
        boolean asChat = m.getSenderChat() != null && m.getChat().getId().equals(m.getSenderChat().getId());
        Responder.Origin o = new Responder.Origin(chat, chat.isPrivate() ? null : m.getMessageId(),
                from == null ? null : String.valueOf(from.getId()), language(from), asChat);
        if (!m.hasText()) {
            if (chat.isPrivate() && isContent(m)) {
                responder.nonText(o);
            }
            return;
        }
        if (m.getViaBot() != null && username != null && username.equalsIgnoreCase(m.getViaBot().getUserName())) {
            return;  // one of our own inline answers, posted by the user: not a question
        }
        String text = m.getText();
        Optional<Command> command = Command.parse(text);
        if (command.isPresent()) {
            Command c = command.get();
            if (c.forAnotherBot(username) || (!chat.isPrivate() && c.bot() == null && !c.known())) {
                return;  // another bot's command
            }
            responder.command(o, c.name(), c.argument());
        } else if (channelPost) {
            return;  // channels: commands only
        } else if (chat.isPrivate()) {
            responder.question(o, text);
        } else if (mentionsUs(m)) {
            responder.question(o, mention.matcher(text).replaceAll(" ").strip());
        } else if (repliesToUs(m)) {
            responder.question(o, text);
        }
    }

    private void click(CallbackQuery q) {
        MaybeInaccessibleMessage m = q.getMessage();
        ChatRef chat = m == null || m.getChat() == null ? null : ChatRef.of(m.getChat());
        Responder.Click c = new Responder.Click(q.getId(), chat, m == null ? null : m.getMessageId(),
                q.getFrom() == null ? null : String.valueOf(q.getFrom().getId()), language(q.getFrom()));
        Optional<CallbackData> data = CallbackData.decode(q.getData());
        if (data.isPresent()) {
            responder.click(c, data.get());
        } else {
            responder.unknownClick(c);
        }
    }

    private void membership(ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        if (change.getChat() != null && ("kicked".equals(status) || "left".equals(status))) {
            responder.left(ChatRef.of(change.getChat()));
        } else if (change.getChat() != null) {
            responder.seen(ChatRef.of(change.getChat()));
        }
    }

    private boolean mentionsUs(Message m) {
        if (username == null) {
            return false;
        }
        List<MessageEntity> entities = m.getEntities();
        if (entities == null || entities.isEmpty()) {
            return mention.matcher(m.getText()).find();
        }
        String text = m.getText();
        for (MessageEntity e : entities) {
            if ("mention".equals(e.getType()) && e.getOffset() != null && e.getLength() != null
                    && e.getOffset() >= 0 && e.getOffset() + e.getLength() <= text.length()) {
                // offsets are UTF-16 code units, as Java strings are
                String handle = text.substring(e.getOffset(), e.getOffset() + e.getLength());
                if (handle.equalsIgnoreCase("@" + username)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean repliesToUs(Message m) {
        Message to = m.getReplyToMessage();
        User author = to == null ? null : to.getFrom();
        return author != null && Boolean.TRUE.equals(author.getIsBot()) && username != null
                && username.equalsIgnoreCase(author.getUserName());
    }

    /** What a person sends instead of text (service messages such as "X joined" are not content). */
    private static boolean isContent(Message m) {
        return m.hasSticker() || m.hasPhoto() || m.hasVoice() || m.hasVideo() || m.hasAudio() || m.hasDocument()
                || m.hasAnimation() || m.hasVideoNote() || m.hasLocation() || m.hasContact() || m.hasPoll() || m.hasDice();
    }

    private static Language language(User u) {
        return u == null ? null : Language.fromCode(u.getLanguageCode()).orElse(null);
    }

    /** Updates of one chat (or one inline user) run in order on one worker. */
    private static String stripe(Update u) {
        Message m = u.hasMessage() ? u.getMessage() : u.hasChannelPost() ? u.getChannelPost() : null;
        if (m != null && m.getChat() != null) {
            return String.valueOf(m.getChat().getId());
        }
        if (u.hasCallbackQuery() && u.getCallbackQuery().getMessage() != null
                && u.getCallbackQuery().getMessage().getChat() != null) {
            return String.valueOf(u.getCallbackQuery().getMessage().getChat().getId());
        }
        if (u.hasInlineQuery() && u.getInlineQuery().getFrom() != null) {
            return "inline:" + u.getInlineQuery().getFrom().getId();
        }
        return "update:" + id(u);
    }

    private static String id(Update u) {
        return u == null ? "?" : String.valueOf(u.getUpdateId());
    }
}
