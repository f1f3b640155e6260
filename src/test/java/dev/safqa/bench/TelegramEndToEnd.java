package dev.safqa.bench;

import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import dev.safqa.index.FactIndex;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.RateLimiter;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.telegram.ChatLifecycle;
import dev.safqa.telegram.TelegramBot;
import dev.safqa.telegram.TelegramSettings;
import dev.safqa.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * The Telegram adapter end to end, as {@code safqa serve} wires it (long polling, the real knowledge,
 * SQLite chat settings in a temporary folder, default question limits) but with outbound pacing off,
 * against {@link BotApiServer} on 127.0.0.1. Bounded: it gives up after {@code deadline} and always
 * closes the bot, the server and the database.
 */
public final class TelegramEndToEnd {
    /**
     * @param offeredPerSecond 0 when updates were offered as fast as the bot took them
     * @param updatesPerSecond answered updates over the time from the first served to the last reply
     * @param latency          served-to-sendMessage, per update
     * @param rssAfterStartMb  VmRSS once the bot had started, before any update
     * @param rssUnderLoadMb   the highest VmRSS sampled every 50 ms during the run
     */
    public record Result(int updates, long answered, double offeredPerSecond, double seconds, double updatesPerSecond,
                         Stats latency, double rssAfterStartMb, double rssUnderLoadMb, int typingActions,
                         int unmatchedReplies, int polls) {
        public boolean complete() {
            return answered == updates;
        }
    }

    private TelegramEndToEnd() {
    }

    /** Runs {@code questions} through a fresh bot over {@code chats} private chats. */
    public static Result run(FactIndex index, List<String> questions, int chats, double offeredPerSecond,
                             Duration deadline) throws Exception {
        Knowledge knowledge = index.knowledge();
        Answerer answerer = new Answerer(() -> index, Language.EN);
        Path data = Files.createTempDirectory("safqa-bench-telegram");
        ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bench-rss-sampler");
            t.setDaemon(true);
            return t;
        });
        try (BotApiServer api = new BotApiServer(questions, chats); Database db = Database.open(data)) {
            TelegramSettings settings = new TelegramSettings(BotApiServer.TOKEN, api.url(), null, null,
                    true, BotApiServer.USERNAME).withPacing(false);
            // the question mix has no /subscribe: the conversation offers none
            Conversation conversation = Conversation.builder(answerer, () -> knowledge).settings(db.chatSettings())
                    .feedback(db.feedback()).limits(new RateLimiter(20, Duration.ofMinutes(1)),
                            new RateLimiter(1, Duration.ofMinutes(1))).build();
            try (TelegramBot bot = new TelegramBot(settings, conversation, Telemetry.NONE, ChatLifecycle.IGNORE, new Pacer(),
                    Duration.ofSeconds(2), Replicas.single())) {
                bot.start();
                double rssAfterStart = Memory.rssMb();
                AtomicLong peak = new AtomicLong(Double.doubleToLongBits(rssAfterStart));
                sampler.scheduleAtFixedRate(() -> {
                    double now = Memory.rssMb();
                    peak.updateAndGet(p -> Double.doubleToLongBits(Math.max(Double.longBitsToDouble(p), now)));
                }, 0, 50, TimeUnit.MILLISECONDS);

                api.release(offeredPerSecond);
                api.await(deadline.toMillis(), TimeUnit.MILLISECONDS);
                sampler.shutdownNow();

                long[] latencies = api.latencies();
                double seconds = (api.lastReceived() - api.firstServed()) / 1e9;
                return new Result(questions.size(), api.answeredCount(), offeredPerSecond, seconds,
                        seconds > 0 ? api.answeredCount() / seconds : 0, Stats.ofNanos(latencies), rssAfterStart,
                        Double.longBitsToDouble(peak.get()), api.typingActions(), api.unmatchedReplies(), api.polls());
            }
        } finally {
            sampler.shutdownNow();
            deleteTree(data);
        }
    }

    static void deleteTree(Path dir) throws IOException {
        try (Stream<Path> s = Files.walk(dir)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    static String describe(Result r) {
        return String.format("telegram %s: %,d/%,d answered in %.2f s = %,.0f updates/s; served->sendMessage p50 %.1f ms, "
                        + "p99 %.1f ms, max %.1f ms; RSS after start %.0f MB, under load %.0f MB; %d getUpdates, "
                        + "%d typing, %d unmatched",
                r.offeredPerSecond() == 0 ? "as fast as taken" : String.format("offered %,.0f/s", r.offeredPerSecond()),
                r.answered(), r.updates(), r.seconds(), r.updatesPerSecond(), r.latency().p50Ms(), r.latency().p99Ms(),
                r.latency().maxMs(), r.rssAfterStartMb(), r.rssUnderLoadMb(), r.polls(), r.typingActions(),
                r.unmatchedReplies());
    }
}
