package dev.safqa.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Numbers;
import dev.safqa.storage.Notifications;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NoteWriterTest {
    private final Knowledge knowledge = TestKnowledge.knowledge();
    private final NoteWriter writer = new NoteWriter();

    @Test
    void the_english_note_has_the_header_the_answer_and_the_arabic_passage_with_its_paragraph() {
        Fact stake = knowledge.fact("deal-investment").orElseThrow();

        String en = writer.write(knowledge, List.of(), List.of(stake)).orElseThrow().en();

        assertThat(en).isEqualTo("""
                Update on the Meta–Scale AI deal

                Updated: Meta invested $14.8 billion in Scale AI for a 49% stake.
                — paragraph 1: «استثمرت شركة ميتا 14.8 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI»""");
    }

    @Test
    void the_arabic_note_is_all_in_arabic_but_the_names() {
        Fact stake = knowledge.fact("deal-investment").orElseThrow();

        String ar = writer.write(knowledge, List.of(stake), List.of()).orElseThrow().ar();

        assertThat(ar).isEqualTo("""
                تحديث حول صفقة ميتا وScale AI

                جديد: استثمرت ميتا 14.8 مليار دولار في Scale AI مقابل حصة 49%.
                — الفقرة 1: «استثمرت شركة ميتا 14.8 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI»""");
    }

    @Test
    void nothing_added_or_changed_writes_no_note() {
        assertThat(writer.write(knowledge, List.of(), List.of())).isEmpty();
    }

    @Test
    void many_changes_list_the_first_five_and_count_the_rest() {
        List<Fact> all = knowledge.curatedFacts();

        Notifications.Texts note = writer.write(knowledge, all, List.of()).orElseThrow();

        int more = all.size() - NoteWriter.MAX_FACTS;
        assertThat(note.en().split("\nNew: ", -1)).hasSize(NoteWriter.MAX_FACTS + 1);
        assertThat(note.en()).endsWith("…and " + more + " more. Ask me about the deal for the rest.");
        assertThat(note.ar()).endsWith("…وتغييرات أخرى عددها " + more + ". اسألني عن الصفقة لمعرفة المزيد.");
    }

    @Test
    void the_note_stays_well_under_telegrams_limit_whatever_changed() {
        Notifications.Texts note = writer.write(knowledge, knowledge.facts(), knowledge.facts()).orElseThrow();

        assertThat(note.en().length()).isLessThanOrEqualTo(NoteWriter.MAX_CHARS);
        assertThat(note.ar().length()).isLessThanOrEqualTo(NoteWriter.MAX_CHARS);
    }

    @Test
    void every_figure_in_a_note_is_in_the_passage_cited_with_it() {
        for (Fact fact : knowledge.curatedFacts()) {
            Notifications.Texts note = writer.write(knowledge, List.of(fact), List.of()).orElseThrow();
            for (String text : List.of(note.ar(), note.en())) {
                String entry = text.substring(text.indexOf("\n\n") + 2);
                String answer = entry.substring(0, entry.indexOf('\n'));
                String quote = entry.substring(entry.indexOf('«') + 1, entry.lastIndexOf('»'));
                assertThat(Numbers.in(quote)).as("figures of %s", fact.id()).containsAll(Numbers.in(answer));
                assertThat(fact.source()).as("quote of %s", fact.id()).contains(quote.replace("…", ""));
            }
        }
    }

    @Test
    void a_long_passage_is_shortened_to_the_words_around_its_figures() {
        String source = "كلمة ".repeat(60) + "أنفقت الشركة 65 مليار دولار" + " كلمة".repeat(60);

        String quote = NoteWriter.excerpt(source, Set.of("65"), 100);

        assertThat(quote.length()).isLessThanOrEqualTo(100);
        assertThat(quote).startsWith("…").endsWith("…").contains("أنفقت الشركة 65 مليار دولار");
    }

    @Test
    void a_long_passage_without_figures_keeps_its_beginning() {
        String source = "البداية " + "كلمة ".repeat(80);

        assertThat(NoteWriter.excerpt(source, Set.of(), 100)).startsWith("البداية").endsWith("…");
    }

    @Test
    void a_passage_whose_figures_are_too_far_apart_is_quoted_whole() {
        String source = "دفعت 14.8 مليار " + "كلمة ".repeat(60) + "مقابل 49 في المئة";

        assertThat(NoteWriter.excerpt(source, Set.of("14.8", "49"), 100)).isEqualTo(source);
    }

    @Test
    void an_uncurated_quote_is_cited_by_paragraph_only() {
        Fact quote = new Fact("article-p3-s1", "meta-scale-ai.ar.txt", 3, "جملة من المقالة",
                Map.of(Language.AR, "تقول المقالة: «جملة من المقالة»", Language.EN, "The article says (in Arabic): «جملة من المقالة»"),
                List.of(), Set.of(), List.of(), Map.of(), false);

        String en = writer.write(knowledge, List.of(quote), List.of()).orElseThrow().en();

        assertThat(en).endsWith("New: The article says (in Arabic): «جملة من المقالة»\n— paragraph 3");
    }

    @Test
    void a_figure_outside_the_shortened_window_is_never_cut() {
        String source = "كلمة ".repeat(60) + "بقيمة 29 مليار دولار";
        Fact fact = new Fact("valuation", "meta-scale-ai.ar.txt", 1, source,
                Map.of(Language.AR, "القيمة 29 مليار دولار.", Language.EN, "It is worth $29 billion."),
                List.of(new Figure("29", "billion USD", FigureKind.MONEY, null)), Set.of(), List.of(), Map.of(), true);

        String en = writer.write(knowledge, List.of(fact), List.of()).orElseThrow().en();

        assertThat(en).contains("بقيمة 29 مليار دولار»");
    }
}
