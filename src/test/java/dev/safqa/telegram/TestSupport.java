package dev.safqa.telegram;

import dev.safqa.limits.RetryPolicy;
import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.KnowledgeLoader;
import dev.safqa.limits.RateLimiter;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.storage.ChatSettings;
import dev.safqa.storage.Database;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.LoggerFactory;

/** What the Telegram tests share: the real knowledge, short timings, quiet and capturable logs. */
final class TestSupport {
    static final String TOKEN = "123456789:AAE-test_token-9f8e7d6c5b4a";

    /** getUpdates long-polls for 1 s; retries start at 50-100 ms; close waits at most 2 s; "typing" at once. */
    static final TelegramBot.Tuning FAST = new TelegramBot.Tuning(1, Duration.ofMillis(50), Duration.ofMillis(500),
            new RetryPolicy(4, Duration.ofMillis(100), Duration.ofMillis(400)), Duration.ofSeconds(2), 4, Duration.ZERO);

    private static FactIndex index;

    private TestSupport() {
    }

    static synchronized FactIndex index() throws Exception {
        if (index == null) {
            index = FactIndex.build(new KnowledgeLoader().load(Path.of("knowledge")));
        }
        return index;
    }

    static Answerer answerer() throws Exception {
        FactIndex idx = index();
        return new Answerer(() -> idx, Language.EN);
    }

    static Knowledge knowledge() throws Exception {
        return index().knowledge();
    }

    /**
     * The conversation the bot hands its turns to, as the application builds it: the real knowledge,
     * the chat settings given, the database's feedback, the subscriptions, and {@code perMinute}
     * questions a chat.
     */
    static Conversation conversation(Database db, ChatSettings chatSettings, SubscriptionService subscriptions, int perMinute)
            throws Exception {
        Knowledge knowledge = knowledge();
        return Conversation.builder(answerer(), () -> knowledge).settings(chatSettings).feedback(db.feedback())
                .subscriptions(subscriptions)
                .limits(new RateLimiter(perMinute, Duration.ofMinutes(1)), new RateLimiter(1, Duration.ofMinutes(1))).build();
    }

    /** The names of live threads the Telegram adapter started. */
    static Set<String> adapterThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("safqa-telegram-")).collect(Collectors.toSet());
    }

    /**
     * Every log event at INFO and above while open (whatever logback-test.xml says), as text including
     * exception messages and their causes.
     */
    static final class LogCapture implements AutoCloseable {
        private final ListAppender<ILoggingEvent> appender = new ListAppender<>();
        private final Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
        private final Level level = root.getLevel();

        LogCapture() {
            appender.start();
            root.addAppender(appender);
            root.setLevel(Level.INFO);
        }

        List<ILoggingEvent> events() {
            synchronized (appender) {
                return List.copyOf(appender.list);
            }
        }

        List<String> lines() {
            List<String> out = new ArrayList<>();
            synchronized (appender) {
                for (ILoggingEvent e : List.copyOf(appender.list)) {
                    StringBuilder line = new StringBuilder(e.getLoggerName()).append(' ').append(e.getFormattedMessage());
                    for (IThrowableProxy t = e.getThrowableProxy(); t != null; t = t.getCause()) {
                        line.append(" | ").append(t.getClassName()).append(": ").append(t.getMessage());
                    }
                    out.add(line.toString());
                }
            }
            return out;
        }

        @Override
        public void close() {
            root.setLevel(level);
            root.detachAppender(appender);
            appender.stop();
        }
    }
}
