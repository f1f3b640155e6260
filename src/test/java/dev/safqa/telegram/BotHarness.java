package dev.safqa.telegram;

import static dev.safqa.telegram.TestSupport.TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Turn;
import dev.safqa.limits.Pacer;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.stream.StreamSupport;

/**
 * One bot under test: a {@link FakeBotApi}, a real SQLite database in a temporary folder, and a
 * {@link TelegramBot} with the real knowledge and short timings, polling the fake.
 */
final class BotHarness implements AutoCloseable {
    static final Duration WAIT = Duration.ofSeconds(5);
    static final String INVEST_EN = "How much did Meta invest in Scale AI?";
    static final String INVEST_AR = "كم استثمرت ميتا في Scale AI؟";

    final FakeBotApi api;
    final Database db;
    final RecordingChats chats = new RecordingChats();
    /** The bot's pacer; a test may share it with a notifications dispatcher, as the application does. */
    final Pacer pacer = new Pacer();
    final SubscriptionService subscriptions;
    /** Every turn the bot handed to the conversation, in order. */
    final List<Turn> turns = new CopyOnWriteArrayList<>();
    /** The per-chat question limit of the conversation the next {@link #start} builds. */
    int questionsPerMinute = 20;
    TelegramBot bot;

    BotHarness(Path dataDir) throws Exception {
        this(dataDir, System::nanoTime);
    }

    /** @param clock what the fake Bot API stamps each call with */
    BotHarness(Path dataDir, LongSupplier clock) throws Exception {
        api = new FakeBotApi(TOKEN, clock);
        db = Database.open(dataDir);
        subscriptions = new SubscriptionService(db.subscriptions(), Clock.systemUTC());
    }

    TelegramSettings settings() {
        return new TelegramSettings(TOKEN, api.url(), null, null, true, null);
    }

    TelegramBot start(TelegramSettings settings) throws Exception {
        return start(settings, db.chatSettings());
    }

    TelegramBot start(TelegramSettings settings, ChatSettings chatSettings) throws Exception {
        return start(settings, chatSettings, TestSupport.FAST);
    }

    TelegramBot start(TelegramSettings settings, ChatSettings chatSettings, TelegramBot.Tuning tuning) throws Exception {
        Conversation conversation = TestSupport.conversation(db, chatSettings, subscriptions, questionsPerMinute);
        bot = new TelegramBot(settings, turn -> {
            turns.add(turn);
            return conversation.handle(turn);
        }, Telemetry.NONE, chats, pacer, tuning);
        bot.start();
        return bot;
    }

    /** The first message sent to the chat; fails after {@link #WAIT}. */
    FakeBotApi.Call reply(String chatId) throws InterruptedException {
        return api.await("sendMessage", c -> chatId.equals(c.chatId()), WAIT);
    }

    List<FakeBotApi.Call> replies(String chatId) {
        return api.calls("sendMessage").stream().filter(c -> chatId.equals(c.chatId())).toList();
    }

    static List<String> buttons(FakeBotApi.Call c, String field) {
        JsonNode row = c.json().path("reply_markup").path("inline_keyboard").path(0);
        return StreamSupport.stream(row.spliterator(), false).map(b -> b.path(field).asText()).toList();
    }

    /** The command names a setMyCommands call registered. */
    static List<String> names(FakeBotApi.Call setMyCommands) {
        return StreamSupport.stream(setMyCommands.json().path("commands").spliterator(), false)
                .map(c -> c.path("command").asText()).toList();
    }

    /** The field of every button under the message, row by row. */
    static List<String> allButtons(FakeBotApi.Call c, String field) {
        JsonNode rows = c.json().path("reply_markup").path("inline_keyboard");
        return StreamSupport.stream(rows.spliterator(), false).flatMap(row -> StreamSupport.stream(row.spliterator(), false))
                .map(b -> b.path(field).asText()).toList();
    }

    @Override
    public void close() {
        if (bot != null) {
            bot.close();
        }
        api.close();
        db.close();
    }

    /** The lifecycle seam as the notifications work would see it. */
    static final class RecordingChats implements ChatLifecycle {
        final List<ChatKey> gone = new CopyOnWriteArrayList<>();
        final List<String> moved = new CopyOnWriteArrayList<>();

        @Override
        public synchronized void gone(ChatKey chat) {
            gone.add(chat);
            notifyAll();
        }

        @Override
        public synchronized void moved(ChatKey from, String newChatId) {
            moved.add(from.chatId() + "->" + newChatId);
            notifyAll();
        }

        synchronized void awaitGone(ChatKey chat, Duration timeout) throws InterruptedException {
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!gone.contains(chat)) {
                long left = deadline - System.nanoTime();
                assertThat(left).as("chat %s reported gone", chat).isPositive();
                TimeUnit.NANOSECONDS.timedWait(this, left);
            }
        }
    }
}
