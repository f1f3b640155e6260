package dev.safqa.notify;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.QuestionKind;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The digest stored per fact must agree with {@link Fact#sameContentAs}, field by field. */
class FactDigestTest {
    private final Fact base = fact("a.txt", 1, "مصدر 29", "الجواب 29", "answer 29", List.of(figure("29")));

    @Test
    void the_same_content_has_the_same_digest() {
        Fact copy = fact("a.txt", 1, "مصدر 29", "الجواب 29", "answer 29", List.of(figure("29")));

        assertThat(base.sameContentAs(copy)).isTrue();
        assertThat(FactDigest.of(copy)).isEqualTo(FactDigest.of(base));
    }

    @Test
    void what_same_content_as_ignores_the_digest_ignores_too() {
        Fact retagged = new Fact(base.id(), base.article(), base.paragraph(), base.source(), base.answers(), base.figures(),
                Set.of(QuestionKind.WHO), List.of("valuation"), Map.of(Language.EN, "How much?"), true);

        assertThat(base.sameContentAs(retagged)).isTrue();
        assertThat(FactDigest.of(retagged)).isEqualTo(FactDigest.of(base));
    }

    @Test
    void each_field_same_content_as_compares_changes_the_digest() {
        List<Fact> edits = List.of(
                fact("b.txt", 1, "مصدر 29", "الجواب 29", "answer 29", List.of(figure("29"))), // article
                fact("a.txt", 2, "مصدر 29", "الجواب 29", "answer 29", List.of(figure("29"))), // paragraph
                fact("a.txt", 1, "مصدر آخر 29", "الجواب 29", "answer 29", List.of(figure("29"))), // source
                fact("a.txt", 1, "مصدر 29", "جواب آخر 29", "answer 29", List.of(figure("29"))), // Arabic answer
                fact("a.txt", 1, "مصدر 29", "الجواب 29", "another answer 29", List.of(figure("29"))), // English answer
                fact("a.txt", 1, "مصدر 29", "الجواب 29", "answer 29", List.of())); // figures
        for (Fact edited : edits) {
            assertThat(base.sameContentAs(edited)).isFalse();
            assertThat(FactDigest.of(edited)).isNotEqualTo(FactDigest.of(base));
        }
    }

    private static Fact fact(String article, int paragraph, String source, String ar, String en, List<Figure> figures) {
        return new Fact("f", article, paragraph, source, Map.of(Language.AR, ar, Language.EN, en), figures, Set.of(),
                List.of(), Map.of(), true);
    }

    private static Figure figure(String value) {
        return new Figure(value, "billion USD", FigureKind.MONEY, "valuation");
    }
}
