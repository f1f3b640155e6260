package dev.safqa.review;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Outcome;
import dev.safqa.cli.SafqaCommand;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.reload.LiveKnowledge;
import dev.safqa.reload.ReloadResult;
import dev.safqa.storage.Database;
import dev.safqa.storage.KeptQuestion;
import dev.safqa.text.Language;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The review loop end to end, on a copy of the real knowledge: a question the bot declines is kept,
 * {@code safqa review} lists it, {@code safqa review accept} adds it to a fact, the bot reloads the
 * folder as a running one does, and the same question is now answered with that fact.
 */
class ReviewLoopTest {
    /** Declined by the current model; once it is an alternate question of droege-ceo, an exact match. */
    private static final String QUESTION = "who is calling the shots at scale now?";
    private static final String FACT = "droege-ceo";
    private static final String CHAT = "-1001234567";

    @TempDir
    Path dir;

    @Test
    void a_declined_question_accepted_to_a_fact_is_answered_with_it_after_the_reload() throws Exception {
        Path knowledge = TestKnowledge.copyTo(dir);
        Path data = dir.resolve("data");
        try (LiveKnowledge live = LiveKnowledge.load(knowledge, (k, diff) -> { });
             Database db = Database.open(data)) {
            Conversation bot = Conversation.builder(new Answerer(live, Language.EN), live::knowledge)
                    .kept(db.keptQuestions(Duration.ofDays(30))).build();

            Reply before = bot.handle(Turn.privateMessage("telegram", CHAT, QUESTION));
            assertThat(before.answer().outcome()).as("declined before review").isEqualTo(Outcome.NOT_IN_ARTICLE);
            List<KeptQuestion> kept = db.keptQuestions().all();
            assertThat(kept).extracting(KeptQuestion::question, KeptQuestion::why)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple(QUESTION, KeptQuestion.Why.DECLINED));
            assertThat(kept.get(0).chatHash()).doesNotContain(CHAT); // hashed, never the raw chat id

            String list = safqa(0, "review", "--data", data.toString(), "--knowledge", knowledge.toString());
            Matcher row = Pattern.compile("#(\\d+)\\s+en\\s+×1\\s+declined\\s+" + Pattern.quote(QUESTION)).matcher(list);
            assertThat(row.find()).as(list).isTrue();

            safqa(0, "review", "accept", row.group(1), FACT, "--data", data.toString(), "--knowledge", knowledge.toString());
            assertThat(live.reload()).isInstanceOf(ReloadResult.Reloaded.class);

            Reply after = bot.handle(Turn.privateMessage("telegram", CHAT, QUESTION));
            assertThat(after.answer().outcome()).isEqualTo(Outcome.ANSWERED);
            assertThat(after.factId()).isEqualTo(FACT);
            assertThat(safqa(0, "review", "--data", data.toString(), "--knowledge", knowledge.toString()))
                    .doesNotContain(QUESTION); // reviewed: not listed again
        }
    }

    /** Runs a command as {@code java -jar safqa.jar} would; its output, after checking its exit code. */
    private static String safqa(int exit, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cmd = new CommandLine(new SafqaCommand(new ByteArrayInputStream(new byte[0])));
        cmd.setOut(new PrintWriter(out, true));
        cmd.setErr(new PrintWriter(err, true));
        assertThat(cmd.execute(args)).as("safqa %s\n%s%s", String.join(" ", args), out, err).isEqualTo(exit);
        return out.toString();
    }
}
