package dev.safqa.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One line added where an editor would add it; every other line left as it was. */
class QuestionsFileTest {
    private static final String FILE = """
            # Alternate questions (README, "Editing knowledge").
            article: meta-scale-ai.ar.txt
            questions:
              deal-investment:
                en:
                  - How much did Meta invest in Scale AI?
                  - how much did they pay?   # a chatty one
                ar:
                  - كم استثمرت ميتا في Scale AI؟

              # the valuation, asked both ways
              deal-valuation:
                en: ['What is Scale AI worth?', 'what is it valued at?']
              wang-age:
                en:
                  - How old is Alexandr Wang?
            """;

    @Test
    void a_question_goes_at_the_end_of_its_facts_list_in_its_language_and_nothing_else_moves() throws Exception {
        String out = QuestionsFile.add(FILE, "deal-investment", Language.EN, "what did meta fork out?");

        assertThat(out).isEqualTo(FILE.replace("   # a chatty one\n", "   # a chatty one\n      - what did meta fork out?\n"));
    }

    @Test
    void an_arabic_question_goes_under_ar() throws Exception {
        String out = QuestionsFile.add(FILE, "deal-investment", Language.AR, "قديش حطت ميتا؟");

        assertThat(questions(out, "deal-investment", "ar")).containsExactly("كم استثمرت ميتا في Scale AI؟", "قديش حطت ميتا؟");
        assertThat(questions(out, "deal-investment", "en")).hasSize(2);
    }

    @Test
    void a_list_in_brackets_gets_the_question_before_its_closing_bracket() throws Exception {
        String out = QuestionsFile.add(FILE, "deal-valuation", Language.EN, "scale's price tag?");

        assertThat(out).contains("    en: ['What is Scale AI worth?', 'what is it valued at?', 'scale''s price tag?']\n");
    }

    @Test
    void a_fact_with_no_list_in_that_language_gets_one_at_the_end_of_its_entry() throws Exception {
        String out = QuestionsFile.add(FILE, "wang-age", Language.AR, "كم عمر وانغ؟");

        assertThat(out).endsWith("      - How old is Alexandr Wang?\n    ar:\n      - كم عمر وانغ؟\n");
        assertThat(questions(out, "wang-age", "ar")).containsExactly("كم عمر وانغ؟");
    }

    @Test
    void a_fact_with_no_questions_gets_an_entry_at_the_end_of_the_section() throws Exception {
        String out = QuestionsFile.add(FILE, "droege-ceo", Language.EN, "who is the boss now?");

        assertThat(questions(out, "droege-ceo", "en")).containsExactly("who is the boss now?");
        assertThat(out).startsWith(FILE.stripTrailing());
    }

    @Test
    void a_question_yaml_would_misread_is_quoted() throws Exception {
        String out = QuestionsFile.add(FILE, "wang-age", Language.EN, "#1 question: how old is he?");
        out = QuestionsFile.add(out, "wang-age", Language.EN, "true");
        out = QuestionsFile.add(out, "deal-valuation", Language.EN, "worth, in dollars?");

        assertThat(questions(out, "wang-age", "en")).endsWith("#1 question: how old is he?", "true");
        assertThat(questions(out, "deal-valuation", "en")).endsWith("worth, in dollars?");
    }

    @Test
    void a_question_on_several_lines_is_filed_on_one() throws Exception {
        String out = QuestionsFile.add(FILE, "wang-age", Language.EN, "how old\n  is wang?");

        assertThat(questions(out, "wang-age", "en")).endsWith("how old is wang?");
    }

    @Test
    void windows_line_ends_are_kept() throws Exception {
        String crlf = FILE.replace("\n", "\r\n");

        String out = QuestionsFile.add(crlf, "wang-age", Language.EN, "wang's age?");

        assertThat(out).isEqualTo(crlf.replace("Wang?\r\n", "Wang?\r\n      - wang's age?\r\n"));
    }

    @Test
    void a_file_with_no_questions_section_is_left_to_the_editor() {
        assertThatThrownBy(() -> QuestionsFile.add("article: a.txt\n", "wang-age", Language.EN, "age?"))
                .isInstanceOf(QuestionsFile.Unsupported.class);
    }

    @Test
    void a_new_file_holds_the_article_and_the_question() throws Exception {
        String out = QuestionsFile.create("other.ar.txt", "other-fact", Language.EN, "what is it?");

        assertThat(new ObjectMapper(new YAMLFactory()).readTree(out).get("article").asText()).isEqualTo("other.ar.txt");
        assertThat(questions(out, "other-fact", "en")).containsExactly("what is it?");
    }

    private static List<String> questions(String yaml, String fact, String language) throws Exception {
        JsonNode list = new ObjectMapper(new YAMLFactory()).readTree(yaml).get("questions").get(fact).get(language);
        List<String> out = new ArrayList<>();
        list.forEach(n -> out.add(n.asText()));
        return out;
    }
}
