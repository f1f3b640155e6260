package dev.safqa.knowledge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.safqa.TestKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class KnowledgeLoaderTest {
    @TempDir
    Path tmp;

    private Path folder() {
        return TestKnowledge.copyTo(tmp);
    }

    private static void edit(Path file, String from, String to) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        assertThat(text).contains(from);
        Files.writeString(file, text.replace(from, to), StandardCharsets.UTF_8);
    }

    /** The 1-based number of the first line that is {@code text}. */
    private static int lineOf(Path file, String text) throws IOException {
        java.util.List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        assertThat(lines).contains(text);
        return lines.indexOf(text) + 1;
    }

    private static KnowledgeException failure(Path folder) {
        try {
            new KnowledgeLoader().load(folder);
        } catch (KnowledgeException e) {
            return e;
        }
        throw new AssertionError("expected the folder to be refused");
    }

    @Test
    void the_repo_knowledge_loads_with_curated_facts_in_both_languages() {
        Knowledge k = TestKnowledge.knowledge();
        assertThat(k.curatedFacts()).hasSizeGreaterThan(30);
        assertThat(k.curatedFacts()).allSatisfy(f -> {
            assertThat(f.answer(dev.safqa.text.Language.AR)).isNotBlank();
            assertThat(f.answer(dev.safqa.text.Language.EN)).isNotBlank();
            assertThat(k.mainArticle().paragraph(f.paragraph()).orElseThrow().text()).contains(f.source());
        });
        assertThat(k.lexicon().terms()).isNotEmpty();
    }

    @Test
    void a_source_that_is_not_verbatim_names_the_file_the_fact_and_where_it_differs() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "مما يقيّم شركة تصنيف البيانات عند 29", "مما يقيم شركة تصنيف البيانات عند 29");
        KnowledgeException e = failure(k);
        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("meta-scale-ai.facts.yaml");
            assertThat(p.entry()).isEqualTo("deal-valuation");
            assertThat(p.reason()).contains("not verbatim in paragraph 1").contains("differs only in diacritics");
        });
    }

    @Test
    void a_mistyped_source_shows_where_it_stops_matching() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "مما يقيّم شركة تصنيف البيانات عند 29", "مما يقيّم شركة تصنيف المعلومات عند 29");
        assertThat(failure(k).problems()).singleElement()
                .satisfies(p -> assertThat(p.reason()).contains("differs at \"معلومات"));
    }

    @Test
    void an_answer_stating_a_figure_missing_from_its_source_is_refused() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "en: \"The deal values Scale AI at $29 billion.\"",
                "en: \"The deal values Scale AI at $30 billion.\"");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::reason)
                .anyMatch(r -> r.contains("states 30, which is not in the source"))
                .anyMatch(r -> r.contains("figure 29 is missing from the 'en' answer"));
    }

    @Test
    void a_fact_with_no_paragraph_to_cite_is_refused() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "  - id: wang-age\n    paragraph: 1", "  - id: wang-age\n    paragraph: 0");
        assertThat(failure(k).problems()).singleElement().satisfies(p -> {
            assertThat(p.entry()).isEqualTo("wang-age");
            assertThat(p.reason()).contains("'paragraph' is 0; paragraphs are numbered from 1");
        });
    }

    @Test
    void duplicate_ids_unknown_keys_and_a_missing_language_are_all_reported() throws IOException {
        Path k = folder();
        Path facts = k.resolve("meta-scale-ai.facts.yaml");
        edit(facts, "  - id: deal-valuation", "  - id: deal-investment");
        edit(facts, "  - id: wang-age\n    paragraph: 1", "  - id: wang-age\n    paragrph: 1");
        edit(facts, "    en: \"Mark Zuckerberg is Meta's CEO; Wang will report directly to him.\"\n", "");
        KnowledgeException e = failure(k);
        assertThat(e.problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("deal-investment: duplicate id"))
                .anyMatch(s -> s.contains("wang-age: unknown key 'paragrph'"))
                .anyMatch(s -> s.contains("zuckerberg-ceo: 'en' is missing or empty"));
    }

    @Test
    void broken_yaml_names_the_file_and_line() throws IOException {
        Path k = folder();
        Files.writeString(k.resolve("lexicon.yaml"), "entities:\n  - id: meta\n    en: [Meta\n", StandardCharsets.UTF_8);
        KnowledgeException e = failure(k);
        assertThat(e.problems()).anySatisfy(p -> {
            assertThat(p.file()).isEqualTo("lexicon.yaml");
            assertThat(p.entry()).startsWith("line ");
            assertThat(p.reason()).startsWith("is not valid YAML");
        });
    }

    @Test
    void what_a_fact_says_ends_must_be_in_the_lexicon() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "ends: [role, scale_ai]", "ends: [rolez, scale_ai]");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("wang-resigns: 'ends' has 'rolez', which is not a concept or entity"));
    }

    @Test
    void what_a_fact_names_in_passing_must_be_in_the_lexicon() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "asides: [gemini, chatgpt]", "asides: [gemini, chatgtp]");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("google-200m: 'asides' has 'chatgtp', which is not a concept or entity"));
    }

    @Test
    void what_a_fact_is_about_is_no_aside() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "asides: [gemini, chatgpt]", "asides: [gemini, payment]");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("google-200m: 'asides' has 'payment', which is one of its topics"));
    }

    @Test
    void whom_a_fact_introduces_must_be_an_entity_of_the_lexicon() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "introduces: [droege]", "introduces: [droeg]");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("droege-ceo: 'introduces' has 'droeg', which is not an entity"));
    }

    @Test
    void whom_a_fact_introduces_its_answers_name() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "introduces: [droege]", "introduces: [google]");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("droege-ceo: 'introduces' has 'google', which neither answer names"));
    }

    @Test
    void one_fact_introduces_each_entity() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "    topics: [resign, leave, role, superintelligence, announcement]\n",
                "    topics: [resign, leave, role, superintelligence, announcement]\n    introduces: [wang]\n");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("wang-resigns: 'introduces' has 'wang', which wang-joins-meta introduces already"));
    }

    @Test
    void whose_figure_it_is_must_be_in_the_lexicon() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "about: revenue, of: scale_ai}", "about: revenue, of: scale}");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("revenue-2024: figure 870 is 'of' 'scale', which the lexicon does not name"));
    }

    @Test
    void a_topic_that_is_not_in_the_lexicon_is_refused() throws IOException {
        Path k = folder();
        edit(k.resolve("meta-scale-ai.facts.yaml"), "topics: [age, founder]", "topics: [age, founderz]");
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString)
                .anyMatch(s -> s.contains("wang-age: topic 'founderz' is not a concept or entity"));
    }

    @Test
    void a_file_that_is_not_utf8_is_named() throws IOException {
        Path k = folder();
        Files.write(k.resolve("lexicon.yaml"), new byte[] {(byte) 0xC3, (byte) 0x28, 'a'});
        assertThat(failure(k).problems()).extracting(KnowledgeProblem::toString).contains("lexicon.yaml: is not UTF-8 text");
    }

    @Test
    void a_missing_folder_says_so() {
        assertThatThrownBy(() -> new KnowledgeLoader().load(tmp.resolve("nope")))
                .isInstanceOf(KnowledgeException.class).hasMessageContaining("is not a folder");
    }

    @Test
    void an_article_without_facts_is_served_as_quotes() throws IOException, KnowledgeException {
        Path k = Files.createDirectories(tmp.resolve("only-article"));
        Files.writeString(k.resolve("news.ar.txt"), "عنوان قصير\n\nأعلنت الشركة اليوم عن أرباح بلغت 12 مليون دولار، وهو رقم قياسي. وقال المدير إن النمو سيستمر.\n",
                StandardCharsets.UTF_8);
        Knowledge knowledge = new KnowledgeLoader().load(k);
        assertThat(knowledge.facts()).hasSize(2).noneMatch(Fact::curated);
        assertThat(knowledge.facts().get(0).source()).isEqualTo("أعلنت الشركة اليوم عن أرباح بلغت 12 مليون دولار، وهو رقم قياسي.");
        assertThat(knowledge.facts().get(0).paragraph()).isEqualTo(1);
    }

    @Test
    void one_syntax_error_in_the_lexicon_is_one_problem_with_its_line_and_column() throws IOException {
        Path k = folder();
        int line = lineOf(k.resolve("lexicon.yaml"), "    en: [Jason Droege, Droege]");
        edit(k.resolve("lexicon.yaml"), "    en: [Jason Droege, Droege]\n", "    en: [Jason Droege, Droege\n");

        KnowledgeException e = failure(k);

        assertThat(e.problems()).singleElement().satisfies(p -> {  // no "topic ... is not a concept" for each fact
            assertThat(p.file()).isEqualTo("lexicon.yaml");
            assertThat(p.entry()).isEqualTo("line " + line + ", column 9");
            assertThat(p.reason()).isEqualTo("is not valid YAML: the list opened with '[' on line " + line + " is not closed:"
                    + " end it with ']'");
        });
    }

    @Test
    void a_bad_indent_in_the_facts_is_one_problem_with_its_line() throws IOException {
        Path k = folder();
        int line = lineOf(k.resolve("meta-scale-ai.facts.yaml"), "  - id: deal-valuation") + 1;
        edit(k.resolve("meta-scale-ai.facts.yaml"), "  - id: deal-valuation\n", "  - id: deal-valuation\n   bad: indent\n");

        KnowledgeException e = failure(k);

        assertThat(e.problems()).singleElement().satisfies(p -> {
            assertThat(p.file()).isEqualTo("meta-scale-ai.facts.yaml");
            assertThat(p.entry()).isEqualTo("line " + line + ", column 4");
            assertThat(p.reason()).isEqualTo("is not valid YAML: this line is not indented like the lines of its entry:"
                    + " line it up with the keys above it");
        });
    }
}
