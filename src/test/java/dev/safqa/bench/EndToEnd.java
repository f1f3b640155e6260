package dev.safqa.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.safqa.index.FactIndex;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The end-to-end runs in one JVM started as the Dockerfile starts the bot
 * ({@code -Xmx128m -XX:+UseSerialGC}, plus TCP_NODELAY for the fake servers: {@link BenchMain#E2E_FLAGS}),
 * so its RSS is the bot's (plus the fake servers' and the load generator's, which share the process:
 * an upper bound):
 *
 * <ol>
 *   <li>Telegram, 3,000 questions to warm up (only the RSS of the fresh bot is kept);</li>
 *   <li>Telegram, 10,000 questions offered all at once: throughput, and latency under saturation
 *   (which is queueing: the bot takes updates faster than it answers them);</li>
 *   <li>Telegram, 10,000 questions offered at 1,000 a second (the target rate, open loop): latency;</li>
 *   <li>Telegram, about 10 s of questions at half the capacity just measured: latency with no backlog;</li>
 *   <li>Slack HTTP mode, signed slash commands from 8 concurrent senders (after a warm-up):
 *   commands/s, the ack, and the answer's arrival at the response_url.</li>
 * </ol>
 *
 * <p>Arguments: {@code [updates] [slackCommands] [out.json]}.
 */
public final class EndToEnd {
    static final int CHATS = 1_000;
    static final double TARGET_RATE = 1_000;
    static final int SLACK_SENDERS = 8;
    static final int WARM_UP = 3_000;

    private EndToEnd() {
    }

    public static void main(String[] args) throws Exception {
        int updates = args.length > 0 ? Integer.parseInt(args[0]) : 10_000;
        int commands = args.length > 1 ? Integer.parseInt(args[1]) : 2_000;
        Path out = args.length > 2 ? Path.of(args[2]) : null;
        Map<String, Object> results = run(updates, commands, Duration.ofSeconds(90));
        if (out != null) {
            Files.createDirectories(out.toAbsolutePath().getParent());
            new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), results);
        }
        // the bot's and the clients' threads are daemons; exit now rather than wait for pools to idle out
        System.exit(0);
    }

    static Map<String, Object> run(int updates, int commands, Duration deadlinePerRun) throws Exception {
        FactIndex index = FactIndex.build(Workload.knowledge());
        Map<String, Object> results = new LinkedHashMap<>();
        // a server is measured warm: the first run pays for class loading and the JIT, and is not reported
        // beyond the RSS of a freshly started bot
        TelegramEndToEnd.Result warmUp = TelegramEndToEnd.run(index, Workload.cycle(WARM_UP), CHATS, 0, deadlinePerRun);
        System.out.println("warm-up " + TelegramEndToEnd.describe(warmUp));
        results.put("rssAfterStartMb", warmUp.rssAfterStartMb());

        TelegramEndToEnd.Result saturated = TelegramEndToEnd.run(index, Workload.cycle(updates), CHATS, 0, deadlinePerRun);
        System.out.println(TelegramEndToEnd.describe(saturated));
        results.put("telegramSaturated", saturated);
        TelegramEndToEnd.Result target = TelegramEndToEnd.run(index, Workload.cycle(updates), CHATS, TARGET_RATE, deadlinePerRun);
        System.out.println(TelegramEndToEnd.describe(target));
        results.put("telegramAtTargetRate", target);
        // below capacity, latency is the bot's own, not time spent queueing behind other updates
        double half = Math.max(10, Math.floor(Math.min(TARGET_RATE, saturated.updatesPerSecond()) / 2));
        TelegramEndToEnd.Result belowCapacity = TelegramEndToEnd.run(index, Workload.cycle((int) Math.max(500, half * 10)),
                CHATS, half, deadlinePerRun);
        System.out.println(TelegramEndToEnd.describe(belowCapacity));
        results.put("telegramAtHalfCapacity", belowCapacity);

        SlackEndToEnd.run(index, Workload.cycle(Math.min(commands, WARM_UP / 4)), SLACK_SENDERS, deadlinePerRun);
        SlackEndToEnd.Result slack = SlackEndToEnd.run(index, Workload.cycle(commands), SLACK_SENDERS, deadlinePerRun);
        System.out.println(SlackEndToEnd.describe(slack));
        results.put("slack", slack);
        results.put("peakRssMb", Memory.peakRssMb());
        results.put("jvm", ManagementFactory.getRuntimeMXBean().getInputArguments());
        return results;
    }
}
