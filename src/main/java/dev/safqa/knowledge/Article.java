package dev.safqa.knowledge;

import java.util.List;
import java.util.Optional;

/** An article as published, reduced to its headline and numbered paragraphs. */
public record Article(String file, String title, List<Paragraph> paragraphs) {
    public Article {
        paragraphs = List.copyOf(paragraphs);
    }

    public Optional<Paragraph> paragraph(int number) {
        return number >= 1 && number <= paragraphs.size()
                ? Optional.of(paragraphs.get(number - 1))
                : Optional.empty();
    }
}
