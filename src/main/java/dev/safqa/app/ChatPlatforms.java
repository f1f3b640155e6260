package dev.safqa.app;

import dev.safqa.answer.Answerer;
import dev.safqa.config.SafqaConfig;
import dev.safqa.conversation.Conversation;
import dev.safqa.storage.KeptQuestions;
import java.time.Duration;
import dev.safqa.config.Secret;
import dev.safqa.index.FactIndex;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.slack.SlackApp;
import dev.safqa.slack.SlackLimits;
import dev.safqa.slack.SlackSettings;
import dev.safqa.storage.Database;
import dev.safqa.telegram.ChatLifecycle;
import dev.safqa.telegram.TelegramBot;
import dev.safqa.telegram.TelegramSettings;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** The production {@link PlatformFactory}: Telegram and Slack, each when its credentials are set. */
public final class ChatPlatforms {
    private ChatPlatforms() {
    }

    /** The one place the adapters are constructed; secrets leave their {@link Secret} only here. */
    public static List<ChatPlatform> create(SafqaConfig config, Answerer answerer, Supplier<FactIndex> index,
                                            Database database, Telemetry telemetry, Pacer pacer) {
        List<ChatPlatform> platforms = new ArrayList<>();
        int perMinute = config.questions().perChatPerMinute();
        SubscriptionService subscriptions = new SubscriptionService(database.subscriptions(), Clock.systemUTC());
        Replicas replicas = Replicas.of(database);
        Conversation conversation = conversation(config, answerer, index, database, telemetry, subscriptions, replicas);
        SafqaConfig.Telegram telegram = config.telegram();
        if (telegram.enabled()) {
            TelegramBot bot = new TelegramBot(
                    new TelegramSettings(telegram.botToken().reveal(), telegram.apiUrl(), telegram.webhookUrl(),
                            Secret.revealOrNull(telegram.webhookSecret()), telegram.pacing(), telegram.botUsername()),
                    conversation, telemetry, ChatLifecycle.of(database.subscriptions()), pacer, telegram.shutdownGrace(),
                    replicas);
            platforms.add(new ChatPlatform(bot, bot.notices()));
        }
        SafqaConfig.Slack slack = config.slack();
        if (slack.enabled()) {
            SlackApp app = new SlackApp(
                    new SlackSettings(slack.botToken().reveal(), Secret.revealOrNull(slack.appToken()),
                            Secret.revealOrNull(slack.signingSecret()), slack.apiUrl().toString(), slack.pacing(),
                            slack.shutdownGrace()),
                    conversation, telemetry, pacer, SlackLimits.PACING, replicas);
            platforms.add(new ChatPlatform(app, app.notices()));
        }
        return List.copyOf(platforms);
    }

    /**
     * The one conversation every platform hands its turns to: the per-chat question limit is shared
     * by every replica of the bot (keys name the platform and the chat). With
     * {@code learning.keep-questions}, the questions it cannot answer well are kept for review, and
     * forgotten after {@code learning.retention}. Each conversation's last question is kept in the
     * database too, so a follow-up is understood whichever replica it reaches, and after a restart.
     */
    static Conversation conversation(SafqaConfig config, Answerer answerer, Supplier<FactIndex> index, Database database,
                                     Telemetry telemetry, SubscriptionService subscriptions, Replicas replicas) {
        return Conversation.builder(answerer, () -> index.get().knowledge())
                .settings(database.chatSettings()).feedback(database.feedback()).subscriptions(subscriptions)
                .limits(replicas.limit("questions", new Pacer.Rate(config.questions().perChatPerMinute(), Duration.ofMinutes(1))),
                        replicas.limit("refusals", new Pacer.Rate(1, Duration.ofMinutes(1))))
                .followUps(database.followUps())
                .kept(config.learning().keepQuestions() ? database.keptQuestions(config.learning().retention()) : KeptQuestions.OFF)
                .telemetry(telemetry).defaultLanguage(config.questions().defaultLanguage()).build();
    }
}
