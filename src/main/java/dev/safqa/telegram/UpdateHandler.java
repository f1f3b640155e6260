package dev.safqa.telegram;

import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.ops.LogRedaction;
import dev.safqa.platform.Telemetry;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;
import java.util.function.Function;
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
 * Reads each update into a {@link Turn}, hands it to the {@link Conversation}, and gives the
 * {@link Reply} to the {@link Responder} to send. It only translates: what a message means (a
 * question, a command, a follow-up) and what to say is the conversation's.
 *
 * <ul>
 *   <li>Private chats: every text; stickers, photos and the like as {@link Turn.NonText}.</li>
 *   <li>Groups: commands, @mentions of the bot and replies to the bot's own messages (which may
 *   follow up on its answer); nothing else. {@code /cmd@other_bot} is never ours.</li>
 *   <li>Channels: commands only. Edited messages and update kinds we do not use are skipped.</li>
 *   <li>Taps on buttons: Source, 👍/👎 and choices, from the callback data; inline queries.</li>
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

    /** The conversation's {@link Conversation#handle}. */
    private final Function<Turn, Reply> conversation;
    private final Responder responder;
    private final Claims claims;
    private final StripedExecutor workers;
    private final Telemetry telemetry;
    private final LogRedaction redactor;
    private volatile String username;
    private volatile Pattern mention;

    UpdateHandler(Function<Turn, Reply> conversation, Responder responder, Claims claims, StripedExecutor workers, Telemetry telemetry,
                  LogRedaction redactor) {
        this.conversation = conversation;
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
            tap(u.getCallbackQuery());
        } else if (u.hasInlineQuery()) {
            inline(u.getInlineQuery());
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
        if (!m.hasText()) {
            if (chat.isPrivate() && isContent(m)) {
                say(m, chat, new Turn.NonText(), false);
            }
            return;
        }
        if (m.getViaBot() != null && username != null && username.equalsIgnoreCase(m.getViaBot().getUserName())) {
            return;  // one of our own inline answers, posted by the user: not a question
        }
        String text = m.getText();
        Optional<CommandText> command = CommandText.parse(text);
        if (command.isPresent()) {
            if (command.get().forAnotherBot(username)) {
                return;
            }
            say(m, chat, new Turn.Message(command.get().withoutBot()), false);
        } else if (channelPost) {
            return;  // channels: commands only
        } else if (chat.isPrivate()) {
            say(m, chat, new Turn.Message(text), true);
        } else if (mentionsUs(m)) {
            say(m, chat, new Turn.Message(mention.matcher(text).replaceAll(" ").strip()), true);
        } else if (repliesToUs(m)) {
            say(m, chat, new Turn.Message(text), true);
        }
    }

    /** A message's turn, handed over; the reply quotes the message in a shared chat. */
    private void say(Message m, ChatRef chat, Turn.Input input, boolean question) {
        User from = m.getFrom();
        String user = from == null ? null : String.valueOf(from.getId());
        // a channel's post, or a group administrator posting anonymously: the chat itself speaks
        boolean asChat = m.getSenderChat() != null && m.getChat().getId().equals(m.getSenderChat().getId());
        Turn.AdminCheck admin = chat.kind() == ChatRef.Kind.PRIVATE || chat.kind() == ChatRef.Kind.CHANNEL || asChat
                ? Turn.AdminCheck.ALLOWED
                : user == null ? () -> Turn.Permission.REFUSED : responder.admin(chat, user);
        Turn turn = new Turn(ChatRef.PLATFORM, chat.id(), kind(chat), user, null, input, language(from), admin,
                repliesToUs(m), "/");
        Future<?> typing = question ? responder.typing(chat) : null;
        Reply reply;
        try {
            reply = conversation.apply(turn);
        } finally {
            if (typing != null) {
                typing.cancel(false);
            }
        }
        responder.send(chat, chat.isPrivate() ? null : m.getMessageId(), reply);
    }

    private void tap(CallbackQuery q) {
        MaybeInaccessibleMessage m = q.getMessage();
        ChatRef chat = m == null || m.getChat() == null ? null : ChatRef.of(m.getChat());
        Responder.Tap tap = new Responder.Tap(q.getId(), chat, m == null ? null : m.getMessageId(), q.getInlineMessageId());
        Optional<CallbackData> data = CallbackData.decode(q.getData());
        if (data.isEmpty()) {
            responder.unknownTap(tap);
            return;
        }
        CallbackData d = data.get();
        String user = q.getFrom() == null ? null : String.valueOf(q.getFrom().getId());
        Turn.Input input = switch (d.action()) {
            case SOURCE -> new Turn.Source(d.factId(), d.language());
            case UP, DOWN -> new Turn.Vote(d.factId(), d.language(), tap.messageId() == null ? null
                    : String.valueOf(tap.messageId()), d.action() == CallbackData.Action.UP);
            case CHOOSE -> new Turn.Choose(d.factId(), d.language());
        };
        // a message sent through inline mode has no chat: the person's own, as for inline queries
        Turn turn = chat == null
                ? new Turn(ChatRef.PLATFORM, "inline:" + user, Turn.Kind.INLINE, user, null, input, language(q.getFrom()),
                        null, false, "/")
                : new Turn(ChatRef.PLATFORM, chat.id(), kind(chat), user, null, input, language(q.getFrom()), null, false, "/");
        responder.tapped(tap, conversation.apply(turn));
    }

    private void inline(InlineQuery q) {
        String query = q.getQuery() == null ? "" : q.getQuery().strip();
        Language l = language(q.getFrom());
        if (query.isEmpty()) {
            responder.inlinePrompt(q.getId(), l != null ? l : Language.EN);
            return;
        }
        String user = q.getFrom() == null ? null : String.valueOf(q.getFrom().getId());
        Turn turn = new Turn(ChatRef.PLATFORM, "inline:" + user, Turn.Kind.INLINE, user, null, new Turn.Message(query), l,
                null, false, "/");
        responder.inline(q.getId(), conversation.apply(turn));
    }

    private void membership(ChatMemberUpdated change) {
        String status = change.getNewChatMember() == null ? "" : change.getNewChatMember().getStatus();
        if (change.getChat() != null && ("kicked".equals(status) || "left".equals(status))) {
            responder.left(ChatRef.of(change.getChat()));
        } else if (change.getChat() != null) {
            responder.seen(ChatRef.of(change.getChat()));
        }
    }

    private static Turn.Kind kind(ChatRef chat) {
        return switch (chat.kind()) {
            case PRIVATE -> Turn.Kind.PRIVATE;
            case GROUP, SUPERGROUP -> Turn.Kind.GROUP;
            case CHANNEL -> Turn.Kind.CHANNEL;
        };
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
