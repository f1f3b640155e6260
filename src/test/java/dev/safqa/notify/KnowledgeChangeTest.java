package dev.safqa.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.reload.LiveKnowledge;
import dev.safqa.reload.ReloadResult;
import dev.safqa.storage.NotificationKind;
import dev.safqa.storage.NotificationSummary;
import dev.safqa.text.Language;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The whole path: an editor changes the knowledge folder, the server reloads, subscribers get one note each. */
class KnowledgeChangeTest {
    private static final String FACTS = "meta-scale-ai.facts.yaml";
    private static final String VALUATION_EN = "en: \"The deal values Scale AI at $29 billion.\"";
    private static final String VALUATION_AR = "ar: 'تقيّم الصفقة شركة Scale AI عند 29 مليار دولار.'";

    @TempDir
    Path dir;
    private NotifyFixture f;
    private Path knowledge;
    private Notifier notifier;
    private LiveKnowledge live;

    @BeforeEach
    void open() throws Exception {
        f = new NotifyFixture(dir.resolve("data"));
        knowledge = TestKnowledge.copyTo(dir);
        notifier = new Notifier(f.notifications, f.time.clock());
        live = LiveKnowledge.load(knowledge, notifier);
        f.subscribe("telegram", "-1001", Language.AR);
        f.subscribe("slack", "C01", Language.EN);
    }

    @AfterEach
    void close() {
        live.close();
        f.close();
    }

    @Test
    void the_first_start_records_the_facts_without_announcing_them() {
        assertThat(f.notifications.recent(10)).isEmpty();
    }

    @Test
    void an_edited_answer_makes_one_note_per_subscriber_in_its_language() throws Exception {
        edit(VALUATION_EN, "en: \"Under the deal, Scale AI is valued at $29 billion.\"");
        edit(VALUATION_AR, "ar: 'بحسب الصفقة تبلغ قيمة شركة Scale AI نحو 29 مليار دولار.'");

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Reloaded.class, r ->
                assertThat(r.diff().changed()).extracting(fact -> fact.id()).containsExactly("deal-valuation"));
        NotificationSummary note = single();
        assertThat(note.notification().kind()).isEqualTo(NotificationKind.KNOWLEDGE);
        assertThat(note.total()).isEqualTo(2);

        FakeSender telegram = new FakeSender("telegram", f.time);
        FakeSender slack = new FakeSender("slack", f.time);
        f.start(telegram, slack);
        f.awaitSettled(note);

        assertThat(telegram.delivered()).singleElement().extracting(FakeSender.Call::text).satisfies(text -> {
            assertThat(text).startsWith("تحديث حول صفقة ميتا وScale AI");
            assertThat(text).contains("مُحدَّث: بحسب الصفقة تبلغ قيمة شركة Scale AI نحو 29 مليار دولار."); // the new Arabic answer
            assertThat(text).contains("الفقرة 1: «مما يقيّم شركة تصنيف البيانات عند 29 مليار دولار»"); // its verbatim source
        });
        assertThat(slack.delivered()).singleElement().extracting(FakeSender.Call::text).satisfies(text -> {
            assertThat(text).startsWith("Update on the Meta–Scale AI deal");
            assertThat(text).contains("Updated: Under the deal, Scale AI is valued at $29 billion.");
            assertThat(text).contains("paragraph 1: «مما يقيّم شركة تصنيف البيانات عند 29 مليار دولار»");
        });
    }

    @Test
    void an_added_fact_is_announced_as_new() throws Exception {
        Files.writeString(knowledge.resolve(FACTS), """

                  - id: valuation-restated
                    paragraph: 1
                    source: 'مما يقيّم شركة تصنيف البيانات عند 29 مليار دولار'
                    ar: 'قيمة Scale AI في الصفقة 29 مليار دولار.'
                    en: "Scale AI is worth $29 billion in the deal."
                """, java.nio.file.StandardOpenOption.APPEND);

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Reloaded.class, r ->
                assertThat(r.diff().added()).extracting(fact -> fact.id()).containsExactly("valuation-restated"));
        assertThat(single().notification().textEn()).contains("New: Scale AI is worth $29 billion in the deal.");
        assertThat(single().notification().textAr()).contains("جديد: قيمة Scale AI في الصفقة 29 مليار دولار.");
    }

    @Test
    void an_invalid_change_keeps_answering_from_the_old_knowledge_and_notifies_nobody() throws Exception {
        Answerer answerer = new Answerer(live, Language.EN);
        String before = answerer.answer("How much did Meta invest in Scale AI?").text();
        // the source no longer appears in the article, and the answer states a figure it does not have
        edit("source: 'استثمرت شركة ميتا 14.8 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI'",
                "source: 'استثمرت شركة ميتا 15 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI'");
        edit("en: \"Meta invested $14.8 billion in Scale AI for a 49% stake.\"",
                "en: \"Meta invested $15 billion in Scale AI for a 49% stake.\"");

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Rejected.class, r ->
                assertThat(r.problems()).anySatisfy(p -> {
                    assertThat(p.file()).isEqualTo(FACTS);
                    assertThat(p.entry()).isEqualTo("deal-investment");
                    assertThat(p.reason()).contains("not verbatim");
                }));
        Answer after = answerer.answer("How much did Meta invest in Scale AI?");
        assertThat(after.answered()).isTrue();
        assertThat(after.text()).isEqualTo(before).contains("14.8");
        assertThat(f.notifications.recent(10)).isEmpty();
    }

    @Test
    void a_change_made_while_the_server_was_down_is_announced_at_the_next_start() throws Exception {
        live.close();
        edit(VALUATION_EN, "en: \"Under the deal, Scale AI is valued at $29 billion.\"");

        live = LiveKnowledge.load(knowledge, notifier);

        assertThat(single().notification().textEn()).contains("Updated: Under the deal, Scale AI is valued at $29 billion.");
        live.close();
        live = LiveKnowledge.load(knowledge, notifier); // and only once
        assertThat(f.notifications.recent(10)).hasSize(1);
    }

    @Test
    void a_reload_that_changes_no_fact_notifies_nobody() throws Exception {
        edit("# Curated facts of the article", "# The curated facts of the article");

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Reloaded.class, r -> assertThat(r.diff().isEmpty()).isTrue());
        assertThat(f.notifications.recent(10)).isEmpty();
    }

    @Test
    void an_alternate_question_added_by_review_reloads_and_notifies_nobody() throws Exception {
        Path questions = knowledge.resolve("meta-scale-ai.questions.yaml");
        String text = Files.readString(questions);
        String first = "      - What is Scale AI worth after the deal?\n";
        assertThat(text).contains(first);
        Files.writeString(questions, text.replace(first, first + "      - what's scale worth these days?\n"));

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Reloaded.class, r -> assertThat(r.diff().isEmpty()).isTrue());
        assertThat(live.knowledge().fact("deal-valuation").orElseThrow().questions(Language.EN))
                .contains("what's scale worth these days?");
        assertThat(f.notifications.recent(10)).isEmpty();
    }

    @Test
    void a_removed_fact_is_not_announced() throws Exception {
        String text = Files.readString(knowledge.resolve(FACTS));
        int start = text.indexOf("  - id: meta-ai-spending");
        Files.writeString(knowledge.resolve(FACTS), text.substring(0, start));

        ReloadResult result = live.reload();

        assertThat(result).isInstanceOfSatisfying(ReloadResult.Reloaded.class, r ->
                assertThat(r.diff().removed()).containsExactly("meta-ai-spending"));
        assertThat(f.notifications.recent(10)).isEmpty();
    }

    private NotificationSummary single() {
        List<NotificationSummary> recent = f.notifications.recent(10);
        assertThat(recent).hasSize(1);
        return recent.get(0);
    }

    private void edit(String from, String to) throws IOException {
        Path file = knowledge.resolve(FACTS);
        String text = Files.readString(file);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to));
    }
}
