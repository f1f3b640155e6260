package dev.safqa.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.config.ConfigLoader;
import dev.safqa.config.SafqaConfig;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Turn;
import dev.safqa.index.FactIndex;
import dev.safqa.notify.SubscriptionService;
import dev.safqa.platform.Replicas;
import dev.safqa.platform.Telemetry;
import dev.safqa.storage.Database;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The conversation the server builds keeps declined questions in its database only when learning is on. */
class KeptQuestionsWiringTest {
    private static final String DECLINED = "who is calling the shots at scale now?";

    @TempDir
    Path dir;
    private Database db;

    @BeforeEach
    void open() {
        db = Database.open(dir);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void the_server_keeps_nothing_by_default() throws Exception {
        ask(Map.of());

        assertThat(db.keptQuestions().all()).isEmpty();
    }

    @Test
    void the_server_keeps_a_declined_question_when_learning_is_on() throws Exception {
        ask(Map.of("SAFQA_LEARNING_KEEP_QUESTIONS", "true"));

        assertThat(db.keptQuestions().all()).singleElement().satisfies(q -> assertThat(q.question()).isEqualTo(DECLINED));
    }

    private void ask(Map<String, String> env) throws Exception {
        SafqaConfig config = new ConfigLoader(env).load(Path.of("config", "safqa.yaml"));
        FactIndex index = TestKnowledge.index();
        Conversation c = ChatPlatforms.conversation(config, TestKnowledge.answerer(), () -> index, db, Telemetry.NONE,
                new SubscriptionService(db.subscriptions(), Clock.systemUTC()), Replicas.single());
        c.handle(Turn.privateMessage("telegram", "42", DECLINED));
    }
}
