package dev.safqa.slack;

import static dev.safqa.slack.Payloads.channelMessage;
import static dev.safqa.slack.Payloads.mention;
import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.conversation.Conversation;
import dev.safqa.http.HttpService;
import dev.safqa.limits.Pacer;
import dev.safqa.limits.Pacing;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.storage.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Two replicas of the Slack app in HTTP mode on one PostgreSQL: an event Slack retries to the other one is answered once. */
class SlackReplicasTest {
    private static final Duration WAIT = Duration.ofSeconds(10);
    private FakeSlack slack;
    private String url;
    private final List<Replica> replicas = new ArrayList<>();

    private final class Replica implements AutoCloseable {
        final Database db = Database.connect(url, TestPostgres.USER, null);
        final SlackApp app;
        final HttpService http;
        final SignedClient client;

        Replica() throws Exception {
            SlackSettings settings = new SlackSettings("xoxb-test-token", null, SignedClient.SECRET, slack.apiUrl(), true,
                    Duration.ofSeconds(5));
            Replicas replicas = Replicas.of(db);
            Conversation conversation = Conversation.builder(TestKnowledge.answerer(), () -> TestKnowledge.index().knowledge())
                    .settings(db.chatSettings()).feedback(db.feedback())
                    .subscriptions(new SubscriptionService(db.subscriptions(), Clock.systemUTC()))
                    .limits(replicas.limit("questions", new Pacer.Rate(20, Duration.ofMinutes(1))),
                            replicas.limit("refusals", new Pacer.Rate(1, Duration.ofMinutes(1))))
                    .followUps(db.followUps())      // as the server's (ChatPlatforms.conversation)
                    .build();
            app = new SlackApp(settings, conversation, Telemetry.NONE, new Pacer(), SlackLimits.PACING, replicas);
            HttpService.Builder b = HttpService.builder().host("127.0.0.1").port(0).threads(4);
            app.registerRoutes(b);
            http = b.start();
            client = new SignedClient(http.port());
            app.start();
        }

        @Override
        public void close() {
            http.stop(Duration.ZERO);
            app.close(); // finishes the replies it has taken
            db.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        slack = new FakeSlack();
        url = TestPostgres.newDatabase();
        replicas.add(new Replica());
        replicas.add(new Replica());
    }

    @AfterEach
    void tearDown() {
        replicas.forEach(Replica::close);
        slack.close();
    }

    @Test
    void an_event_retried_to_the_other_replica_is_answered_once() throws Exception {
        String event = mention("Ev-replica-1", "C0900", "1700000000.000900", null,
                "<@" + FakeSlack.BOT_USER + "> How much did Meta invest in Scale AI?");

        assertThat(replicas.get(0).client.json(event).statusCode()).isEqualTo(200);
        // Slack thought the ack was late and retried; the load balancer chose the other replica
        assertThat(replicas.get(1).client.json(event, Map.of("X-Slack-Retry-Num", "1", "X-Slack-Retry-Reason", "http_timeout"))
                .statusCode()).isEqualTo(200);
        assertThat(slack.nextPost(WAIT).text()).contains("14.8 billion");

        replicas.forEach(Replica::close); // every reply taken is sent before close returns
        replicas.clear();
        assertThat(slack.takePosts()).isEmpty(); // no second answer
    }

    @Test
    void a_reply_in_safqas_thread_reaching_the_other_replica_continues_the_thread() throws Exception {
        assertThat(replicas.get(0).client.json(mention("Ev-thread-1", "C0901", "1700000000.000100", null,
                "<@" + FakeSlack.BOT_USER + "> How much did Meta pay for its stake in Scale AI?")).statusCode()).isEqualTo(200);
        assertThat(slack.nextPost(WAIT).text()).contains("14.8 billion");

        // no mention: only a replica that knows Safqa answered in this thread takes it up
        assertThat(replicas.get(1).client.json(channelMessage("Ev-thread-2", "C0901", "1700000000.000200", "1700000000.000100",
                "and the valuation?")).statusCode()).isEqualTo(200);

        FakeSlack.Post post = slack.nextPost(WAIT);
        assertThat(post.threadTs()).isEqualTo("1700000000.000100");
        assertThat(post.text()).contains("29");
    }
}
