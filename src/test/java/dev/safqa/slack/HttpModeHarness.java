package dev.safqa.slack;

import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import dev.safqa.http.HttpService;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.RateLimiter;
import dev.safqa.limits.Pacing;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import java.time.Clock;
import java.time.Duration;

/**
 * Safqa's Slack app in HTTP mode on Safqa's HTTP server (127.0.0.1, port 0), talking to a fake Slack;
 * requests go in through a {@link SignedClient}.
 */
final class HttpModeHarness implements AutoCloseable {
    final FakeSlack slack;
    MemoryStorage storage = new MemoryStorage();
    /** What /safqa subscribe does; by default the real service over the in-memory subscriptions. */
    SubscriptionService subscriptions = new SubscriptionService(storage, Clock.systemUTC());
    /** The app's pacer; a test may share it with a notifications dispatcher, as the application does. */
    Pacer pacer = new Pacer();
    SlackApp app;
    HttpService http;
    SignedClient client;

    HttpModeHarness() throws Exception {
        slack = new FakeSlack();
    }

    /**
     * Starts (or restarts, after {@link #stopApp()}) the app with this answerer and question limit per
     * chat, in a conversation as the application builds it.
     */
    HttpModeHarness start(Answerer answerer, int questionsPerMinute) throws Exception {
        SlackSettings settings = new SlackSettings("xoxb-test-token", null, SignedClient.SECRET, slack.apiUrl(), true,
                Duration.ofSeconds(5));
        app = new SlackApp(settings, conversation(answerer, storage, subscriptions, questionsPerMinute), Telemetry.NONE,
                pacer, SlackLimits.PACING, Replicas.single());
        HttpService.Builder b = HttpService.builder().host("127.0.0.1").port(0).threads(4);
        app.registerRoutes(b);
        http = b.start();
        client = new SignedClient(http.port());
        app.start();
        return this;
    }

    /** The conversation every Slack test hands its turns to: the in-memory storage, and real subscriptions. */
    static Conversation conversation(Answerer answerer, MemoryStorage storage, SubscriptionService subscriptions,
                                     int questionsPerMinute) {
        return Conversation.builder(answerer, () -> TestKnowledge.index().knowledge()).settings(storage).feedback(storage)
                .subscriptions(subscriptions)
                .limits(new RateLimiter(questionsPerMinute, Duration.ofMinutes(1)), new RateLimiter(1, Duration.ofMinutes(1)))
                .build();
    }

    void stopApp() {
        if (http != null) {
            http.stop(Duration.ZERO);
            http = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
    }

    @Override
    public void close() {
        stopApp();
        slack.close();
    }
}
