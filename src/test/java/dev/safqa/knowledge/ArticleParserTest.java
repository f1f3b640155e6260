package dev.safqa.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

class ArticleParserTest {
    private static Article article() throws IOException {
        String text = Files.readString(TestKnowledge.FOLDER.resolve("meta-scale-ai.ar.txt"), StandardCharsets.UTF_8);
        return ArticleParser.parse("meta-scale-ai.ar.txt", text);
    }

    @Test
    void page_furniture_is_not_a_paragraph() throws IOException {
        assertThat(article().paragraphs()).extracting(Paragraph::text)
                .noneMatch(t -> t.equals("menu") || t.equals("close") || t.startsWith("Source") || t.startsWith("Latest"));
    }

    @Test
    void the_headline_is_the_title_and_its_repeat_is_dropped() throws IOException {
        Article a = article();
        assertThat(a.title()).isEqualTo("ميتا تراهن بـ 14.8 مليار دولار على Scale AI في سباق الذكاء الفائق");
        assertThat(a.paragraphs()).extracting(Paragraph::text).doesNotContain(a.title());
    }

    @Test
    void the_article_has_seven_numbered_paragraphs() throws IOException {
        Article a = article();
        assertThat(a.paragraphs()).hasSize(7);
        assertThat(a.paragraph(1).orElseThrow().text()).startsWith("استثمرت شركة ميتا");
        assertThat(a.paragraph(7).orElseThrow().text()).startsWith("ويعكس مسار أعمال");
        assertThat(a.paragraph(8)).isEmpty();
    }

    @Test
    void sentences_split_at_full_stops_but_not_inside_numbers() {
        assertThat(ArticleParser.sentences("دفعت 14.8 مليار. ثم غادر وانغ."))
                .containsExactly("دفعت 14.8 مليار.", "ثم غادر وانغ.");
    }
}
