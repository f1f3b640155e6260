package dev.safqa.knowledge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything Safqa knows, loaded and validated from one knowledge folder: the articles, their
 * facts (curated, plus quotes for articles nobody curated) and the lexicon.
 *
 * @param version a digest of the folder's files, to tell one load from the next
 */
public record Knowledge(Path folder, List<Article> articles, List<Fact> facts, Lexicon lexicon, String version) {
    public Knowledge {
        articles = List.copyOf(articles);
        facts = List.copyOf(facts);
    }

    public Optional<Fact> fact(String id) {
        return facts.stream().filter(f -> f.id().equals(id)).findFirst();
    }

    public Optional<Article> article(String file) {
        return articles.stream().filter(a -> a.file().equals(file)).findFirst();
    }

    /** The first article: the one the bot is about, for /source without a file name. */
    public Article mainArticle() {
        return articles.get(0);
    }

    public List<Fact> curatedFacts() {
        return facts.stream().filter(Fact::curated).toList();
    }
}
