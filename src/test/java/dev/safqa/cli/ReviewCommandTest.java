package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.storage.Database;
import dev.safqa.storage.KeptQuestion;
import dev.safqa.text.Language;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code safqa review} and {@code safqa review accept} on a SQLite file and a copy of the knowledge. */
class ReviewCommandTest {
    private static final String QUESTIONS = "meta-scale-ai.questions.yaml";

    @TempDir
    Path dir;
    private Path data;
    private Path knowledge;

    @BeforeEach
    void folders() {
        data = dir.resolve("data");
        knowledge = TestKnowledge.copyTo(dir);
    }

    @Test
    void review_lists_each_question_with_its_number_language_count_reason_and_closest_fact() {
        long n = keep("who's the boss at scale now?", Language.EN, KeptQuestion.Why.CLARIFIED, "droege-ceo");
        keep("who's the boss at scale now?", Language.EN, KeptQuestion.Why.CLARIFIED, "droege-ceo");

        CliTest r = review();

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).containsPattern("#" + n + "\\s+en\\s+×2\\s+clarified\\s+who's the boss at scale now\\?")
                .contains("closest: droege-ceo  \"Who is Scale AI's new CEO?\"");
    }

    @Test
    void questions_alike_are_listed_in_one_group() {
        keep("who is the new boss of scale?", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");
        keep("who's the new boss at scale", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");

        assertThat(review().out()).contains("in 1 group(s)");
    }

    @Test
    void review_with_nothing_kept_says_keeping_is_off_unless_turned_on() {
        Database.open(data).close();

        assertThat(review().out()).contains("no questions kept for review").contains("learning.keep-questions");
    }

    @Test
    void review_only_reads_the_database() throws Exception {
        keep("who's the boss at scale now?", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");
        byte[] before = Files.readAllBytes(data.resolve(Database.FILE_NAME));

        review();

        assertThat(Files.readAllBytes(data.resolve(Database.FILE_NAME))).isEqualTo(before);
    }

    @Test
    void accept_adds_the_question_under_its_fact_and_language_and_forgets_it() throws Exception {
        long n = keep("who took over the reins at scale?", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");
        String before = Files.readString(knowledge.resolve(QUESTIONS));

        CliTest r = accept(n, "droege-ceo");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        String after = Files.readString(knowledge.resolve(QUESTIONS));
        assertThat(after.lines().count()).isEqualTo(before.lines().count() + 1); // one line added, comments kept
        assertThat(after).contains("      - who took over the reins at scale?\n");
        assertThat(remaining()).isEmpty();
    }

    @Test
    void accepting_a_question_another_fact_has_names_that_fact_and_changes_nothing() throws Exception {
        long n = keep("who runs scale ai now?", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");
        byte[] before = Files.readAllBytes(knowledge.resolve(QUESTIONS));

        CliTest r = accept(n, "wang-resigns");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("already an alternate question of droege-ceo").contains("accept it to droege-ceo");
        assertThat(Files.readAllBytes(knowledge.resolve(QUESTIONS))).isEqualTo(before);
        assertThat(remaining()).hasSize(1); // still there to review
    }

    @Test
    void a_question_the_knowledge_check_refuses_is_taken_out_again_with_the_reason() throws Exception {
        String tooLong = "who took over " + "and who ".repeat(30) + "runs scale now?";
        long n = keep(tooLong, Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");
        byte[] before = Files.readAllBytes(knowledge.resolve(QUESTIONS));

        CliTest r = accept(n, "droege-ceo");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("restored as it was").contains("at most 200");
        assertThat(Files.readAllBytes(knowledge.resolve(QUESTIONS))).isEqualTo(before);
        assertThat(remaining()).hasSize(1);
    }

    @Test
    void accepting_to_an_unknown_fact_changes_nothing() throws Exception {
        long n = keep("who took over the reins at scale?", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");
        byte[] before = Files.readAllBytes(knowledge.resolve(QUESTIONS));

        CliTest r = accept(n, "droege-ceo-typo");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no curated fact droege-ceo-typo");
        assertThat(Files.readAllBytes(knowledge.resolve(QUESTIONS))).isEqualTo(before);
    }

    @Test
    void accepting_a_number_not_kept_says_to_list_again() {
        keep("who took over the reins at scale?", Language.EN, KeptQuestion.Why.DECLINED, "droege-ceo");

        CliTest r = accept(999, "droege-ceo");

        assertThat(r.exit()).isEqualTo(ExitCodes.BAD_INPUT);
        assertThat(r.err()).contains("no kept question 999").contains("safqa review");
    }

    @Test
    void an_arabic_question_is_filed_under_ar() throws Exception {
        long n = keep("مين استلم إدارة سكيل؟", Language.AR, KeptQuestion.Why.DECLINED, "droege-ceo");

        CliTest r = accept(n, "droege-ceo");

        assertThat(r.exit()).as(r.err()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("to droege-ceo (ar)");
    }

    @Test
    void accept_answers_help() {
        CliTest r = CliTest.run("review", "accept", "--help");

        assertThat(r.exit()).isEqualTo(ExitCodes.OK);
        assertThat(r.out()).contains("N FACT_ID").contains("Exit codes:");
    }

    private long keep(String question, Language language, KeptQuestion.Why why, String near) {
        try (Database db = Database.open(data)) {
            db.keptQuestions().keep(new KeptQuestion(0, Instant.parse("2026-12-01T10:00:00Z"), "telegram", "3f9a0c1b2d4e",
                    language, question, why, List.of(near), null));
            List<KeptQuestion> all = db.keptQuestions().all();
            return all.get(all.size() - 1).id();
        }
    }

    private List<KeptQuestion> remaining() {
        try (Database db = Database.open(data)) {
            return db.keptQuestions().all();
        }
    }

    private CliTest review() {
        return CliTest.run("review", "--data", data.toString(), "--knowledge", knowledge.toString());
    }

    private CliTest accept(long n, String fact) {
        return CliTest.run("review", "accept", String.valueOf(n), fact, "--data", data.toString(), "--knowledge", knowledge.toString());
    }
}
