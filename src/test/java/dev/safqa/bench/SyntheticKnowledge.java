package dev.safqa.bench;

import dev.safqa.knowledge.Article;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.knowledge.QuestionKind;
import dev.safqa.knowledge.Term;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knowledge of any size for the scale benchmarks, made from the real knowledge so the analyzers,
 * the lexicon matcher and the speller do the work they do in production: every synthetic fact names
 * real lexicon entities and concepts by their real forms in both scripts, carries a run of real
 * article words in its Arabic source and answer and real English words from the curated answers,
 * and a figure of the concept's kind.
 *
 * <p>The facts are built as records, not written as YAML: the loader would refuse them (a source
 * must be verbatim and contain every figure), and its validation is not what is measured. The real
 * curated facts come first, so the question mix still has its right answers, now among
 * {@code size} competitors. Deterministic: the same size always gives the same knowledge.
 */
public final class SyntheticKnowledge {
    private static final Pattern ARABIC_WORD = Pattern.compile("[\\p{IsArabic}&&\\p{L}]{2,}");
    private static final Pattern LATIN_WORD = Pattern.compile("\\p{IsLatin}{3,}");
    /** One fact in ten offers an example question, about the share of the curated facts that do. */
    private static final int EXAMPLE_EVERY = 10;

    private SyntheticKnowledge() {
    }

    /** The real knowledge grown to {@code size} facts (the real ones included). */
    public static Knowledge of(Knowledge real, int size) {
        Vocabulary v = new Vocabulary(real);
        List<Fact> facts = new ArrayList<>(Math.max(size, real.facts().size()));
        facts.addAll(real.facts());
        Random random = new Random(size);
        for (int i = facts.size(); i < size; i++) {
            facts.add(fact(i, v, random));
        }
        return new Knowledge(real.folder(), real.articles(), facts, real.lexicon(), "synthetic-" + size);
    }

    private static Fact fact(int n, Vocabulary v, Random r) {
        Term actor = pick(v.entities, r);
        Term other = pick(v.entities, r);
        Term concept = pick(v.concepts, r);
        Paragraph paragraph = pick(v.paragraphs, r);
        FigureKind kind = concept.kind() == null ? FigureKind.OTHER : concept.kind();
        String value = value(kind, r);

        String arActor = form(actor, Language.AR, r);
        String arOther = form(other, Language.AR, r);
        String arConcept = form(concept, Language.AR, r);
        String enActor = form(actor, Language.EN, r);
        String enOther = form(other, Language.EN, r);
        String enConcept = form(concept, Language.EN, r);
        String arWords = words(v.arabicWords, 4 + r.nextInt(5), r);
        String enWords = words(v.englishWords, 3 + r.nextInt(4), r);

        String ar = switch (r.nextInt(3)) {
            case 0 -> arActor + " " + arConcept + " " + value + " " + unitAr(kind) + " " + arOther + " " + arWords + ".";
            case 1 -> "بحسب " + arOther + "، " + arConcept + " " + arActor + " " + value + " " + unitAr(kind) + " " + arWords + ".";
            default -> arWords + " " + arActor + " و" + arOther + " " + arConcept + " " + value + " " + unitAr(kind) + ".";
        };
        String en = switch (r.nextInt(3)) {
            case 0 -> enActor + " " + enConcept + " " + unitEn(kind, value) + " with " + enOther + ", " + enWords + ".";
            case 1 -> "According to " + enOther + ", the " + enConcept + " of " + enActor + " is " + unitEn(kind, value) + " (" + enWords + ").";
            default -> enWords + ": " + enActor + " and " + enOther + " " + enConcept + " " + unitEn(kind, value) + ".";
        };
        String source = window(paragraph.text(), 8 + r.nextInt(12), r) + " " + value;

        Map<Language, String> answers = new EnumMap<>(Language.class);
        answers.put(Language.AR, ar);
        answers.put(Language.EN, en);
        Map<Language, String> examples = new EnumMap<>(Language.class);
        if (n % EXAMPLE_EVERY == 0) {
            examples.put(Language.EN, "What about the " + enConcept + " of " + enActor + "?");
            examples.put(Language.AR, "ما " + arConcept + " " + arActor + "؟");
        }
        Set<QuestionKind> kinds = EnumSet.noneOf(QuestionKind.class);
        if (r.nextInt(3) == 0) {
            kinds.add(QuestionKind.values()[r.nextInt(QuestionKind.values().length)]);
        }
        return new Fact(String.format("syn-%06d", n), v.article, paragraph.number(), source, answers,
                List.of(new Figure(value, unitEn(kind, "").strip(), kind, concept.id())), kinds,
                List.of(concept.id(), actor.id()), examples, true);
    }

    private static String value(FigureKind kind, Random r) {
        return switch (kind) {
            case PERCENT -> String.valueOf(1 + r.nextInt(99));
            case AGE -> String.valueOf(18 + r.nextInt(60));
            case YEAR -> String.valueOf(1990 + r.nextInt(40));
            case MONEY -> r.nextBoolean() ? (1 + r.nextInt(300)) + "." + r.nextInt(10) : String.valueOf(1 + r.nextInt(900));
            default -> String.valueOf(1 + r.nextInt(5000));
        };
    }

    private static String unitAr(FigureKind kind) {
        return switch (kind) {
            case MONEY -> "مليار دولار";
            case PERCENT -> "بالمئة";
            case AGE -> "عامًا";
            case COUNT -> "موظف";
            default -> "";
        };
    }

    private static String unitEn(FigureKind kind, String value) {
        return switch (kind) {
            case MONEY -> "$" + value + " billion";
            case PERCENT -> value + "%";
            case AGE -> value + " years old";
            case COUNT -> value + " people";
            default -> value;
        };
    }

    private static String form(Term t, Language l, Random r) {
        List<String> forms = t.forms().getOrDefault(l, List.of());
        if (forms.isEmpty()) {
            forms = t.forms().values().iterator().next();
        }
        return pick(forms, r);
    }

    private static String words(List<String> from, int count, Random r) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < count; i++) {
            out.append(i == 0 ? "" : " ").append(pick(from, r));
        }
        return out.toString();
    }

    /** A run of consecutive words of a paragraph, as a source quotes one. */
    private static String window(String text, int words, Random r) {
        String[] all = text.split("\\s+");
        int start = all.length <= words ? 0 : r.nextInt(all.length - words);
        return String.join(" ", java.util.Arrays.copyOfRange(all, start, Math.min(all.length, start + words)));
    }

    private static <T> T pick(List<T> list, Random r) {
        return list.get(r.nextInt(list.size()));
    }

    /** The real words the templates draw from. */
    private static final class Vocabulary {
        final String article;
        final List<Paragraph> paragraphs;
        final List<Term> entities = new ArrayList<>();
        final List<Term> concepts = new ArrayList<>();
        final List<String> arabicWords;
        final List<String> englishWords;

        Vocabulary(Knowledge real) {
            Article main = real.mainArticle();
            article = main.file();
            paragraphs = main.paragraphs();
            for (Term t : real.lexicon().terms()) {
                if (t.forms().isEmpty()) {
                    continue;
                }
                if (t.category() == Term.Category.ENTITY) {
                    entities.add(t);
                } else if (t.category() == Term.Category.CONCEPT && !t.generic()) {
                    concepts.add(t);
                }
            }
            Set<String> ar = new LinkedHashSet<>();
            for (Paragraph p : paragraphs) {
                Matcher m = ARABIC_WORD.matcher(p.text());
                while (m.find()) {
                    ar.add(m.group());
                }
            }
            Set<String> en = new LinkedHashSet<>();
            for (Fact f : real.facts()) {
                Matcher m = LATIN_WORD.matcher(f.answer(Language.EN));
                while (m.find()) {
                    en.add(m.group());
                }
            }
            arabicWords = List.copyOf(ar);
            englishWords = List.copyOf(en);
        }
    }
}
