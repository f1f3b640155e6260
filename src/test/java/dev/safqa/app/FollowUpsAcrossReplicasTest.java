package dev.safqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.config.ConfigLoader;
import dev.safqa.config.SafqaConfig;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.index.FactIndex;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import dev.safqa.storage.TestPostgres;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The conversation the server builds keeps each chat's last question in its database: a follow-up
 * is understood whichever replica it reaches, and after a restart.
 */
class FollowUpsAcrossReplicasTest {
    private static final String FIRST = "Which companies cut ties with Scale AI?";
    /** Alone, "why?" names nothing to ask about: it is declined. */
    private static final String FOLLOW_UP = "why?";

    @TempDir
    Path dir;

    @Test
    void a_follow_up_reaching_the_other_replica_leans_on_the_question_the_first_answered() throws Exception {
        String url = TestPostgres.newDatabase();
        try (Database a = Database.connect(url, TestPostgres.USER, null); Database b = Database.connect(url, TestPostgres.USER, null)) {
            assertThat(text(server(a).handle(Turn.privateMessage("telegram", "42", FIRST)))).contains("OpenAI");

            assertThat(text(server(b).handle(Turn.privateMessage("telegram", "42", FOLLOW_UP)))).contains("leak");
        }
    }

    @Test
    void a_follow_up_after_a_restart_leans_on_the_question_before_it() throws Exception {
        try (Database before = Database.open(dir)) {
            server(before).handle(Turn.privateMessage("telegram", "42", FIRST));
        }
        try (Database after = Database.open(dir)) {
            assertThat(text(server(after).handle(Turn.privateMessage("telegram", "42", FOLLOW_UP)))).contains("leak");
        }
    }

    @Test
    void kept_in_one_process_only_the_other_cannot_lean_on_it() {
        // what the server did before: the follow-up alone names no deal, and is not answered
        Conversation one = Conversation.builder(TestKnowledge.answerer(), () -> TestKnowledge.index().knowledge()).build();
        Conversation other = Conversation.builder(TestKnowledge.answerer(), () -> TestKnowledge.index().knowledge()).build();
        one.handle(Turn.privateMessage("telegram", "42", FIRST));

        assertThat(text(other.handle(Turn.privateMessage("telegram", "42", FOLLOW_UP)))).doesNotContain("leak");
    }

    private static Conversation server(Database db) throws Exception {
        SafqaConfig config = new ConfigLoader(Map.of()).load(Path.of("config", "safqa.yaml"));
        FactIndex index = TestKnowledge.index();
        return ChatPlatforms.conversation(config, TestKnowledge.answerer(), () -> index, db, Telemetry.NONE,
                new SubscriptionService(db.subscriptions(), Clock.systemUTC()), Replicas.of(db));
    }

    private static String text(Reply r) {
        return r.plain();
    }
}
