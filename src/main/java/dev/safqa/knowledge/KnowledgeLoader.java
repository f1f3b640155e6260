package dev.safqa.knowledge;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Loads a knowledge folder and checks it the way an editor needs: every problem found, each with
 * its file, its entry and what is wrong, before anything serves from it.
 *
 * <p>The folder holds articles ({@code *.txt}, as published), facts files ({@code *.facts.yaml},
 * each naming its article), alternate questions ({@code *.questions.yaml}) and {@code lexicon.yaml}.
 * An article no facts file names is still
 * served: its sentences become quotes.
 */
public final class KnowledgeLoader {
    public static final String LEXICON_FILE = "lexicon.yaml";
    public static final String FACTS_SUFFIX = ".facts.yaml";
    public static final String ARTICLE_SUFFIX = ".txt";
    /** An answer is read in a chat bubble: anything longer belongs in the citation. */
    public static final int MAX_ANSWER_CHARS = 300;


    public Knowledge load(Path folder) throws KnowledgeException {
        ProblemList problems = new ProblemList();
        if (!Files.isDirectory(folder)) {
            problems.add(folder.toString(), "", "is not a folder (set the knowledge path in the config or with --knowledge)");
            throw problems.exception();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(folder)) {
            files = s.filter(Files::isRegularFile).sorted().toList();
        } catch (IOException e) {
            problems.add(folder.toString(), "", "cannot be listed: " + e.getMessage());
            throw problems.exception();
        }

        Map<String, Article> articles = new java.util.LinkedHashMap<>();
        List<Path> factFiles = new ArrayList<>();
        List<Path> questionFiles = new ArrayList<>();
        Path lexiconFile = null;
        for (Path file : files) {
            String name = file.getFileName().toString();
            if (name.startsWith(".")) {
                continue;
            }
            if (name.endsWith(ARTICLE_SUFFIX)) {
                String text = YamlFiles.read(file, problems);
                if (text != null) {
                    Article article = ArticleParser.parse(name, text);
                    if (article.paragraphs().isEmpty()) {
                        problems.add(name, "", "has no paragraphs of text (only headings or page furniture)");
                    } else {
                        articles.put(name, article);
                    }
                }
            } else if (name.endsWith(FACTS_SUFFIX)) {
                factFiles.add(file);
            } else if (name.endsWith(QuestionsReader.SUFFIX)) {
                questionFiles.add(file);
            } else if (name.equals(LEXICON_FILE)) {
                lexiconFile = file;
            } else if (name.endsWith(".yaml") || name.endsWith(".yml")) {
                problems.add(name, "", "is neither " + LEXICON_FILE + ", a facts file (*" + FACTS_SUFFIX
                        + ") nor an alternate-questions file (*" + QuestionsReader.SUFFIX + ")");
            }
        }
        if (articles.isEmpty() && problems.isEmpty()) {
            problems.add(folder.toString(), "", "has no article (*" + ARTICLE_SUFFIX + ")");
        }

        int beforeLexicon = problems.size();
        Lexicon lexicon = lexiconFile == null ? Lexicon.EMPTY : LexiconReader.readLexicon(lexiconFile, problems);
        // one mistake in the lexicon is one problem, not one more for every topic that names what it lost
        Lexicon topicsAgainst = problems.size() == beforeLexicon ? lexicon : null;

        List<Fact> facts = new ArrayList<>();
        Set<String> curatedArticles = new HashSet<>();
        Set<String> ids = new HashSet<>();
        for (Path file : factFiles) {
            FactsReader.readFacts(file, articles, topicsAgainst, facts, curatedArticles, ids, problems);
        }
        if (!questionFiles.isEmpty()) {
            Map<String, Map<Language, List<String>>> asked = new HashMap<>();
            Map<String, String> seen = new HashMap<>();
            for (Path file : questionFiles) {
                QuestionsReader.read(file, ids, asked, seen, problems);
            }
            facts.replaceAll(f -> asked.containsKey(f.id()) ? f.withQuestions(asked.get(f.id())) : f);
        }
        for (Article article : articles.values()) {
            if (!curatedArticles.contains(article.file())) {
                facts.addAll(FactsReader.quotes(article));
            }
        }
        if (!problems.isEmpty()) {
            throw problems.exception();
        }
        return new Knowledge(folder, List.copyOf(articles.values()), facts, lexicon, digest(files));
    }

    private static String digest(List<Path> files) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            for (Path f : files) {
                sha.update(f.getFileName().toString().getBytes(StandardCharsets.UTF_8));
                try {
                    sha.update(Files.readAllBytes(f));
                } catch (IOException e) {
                    sha.update((byte) 0);
                }
            }
            return HexFormat.of().formatHex(sha.digest()).substring(0, 12);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
