package dev.safqa.review;

import dev.safqa.index.AlternateQuestions;
import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.storage.KeptQuestion;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The kept questions as an editor reads them: the same question asked again is one entry with a count,
 * and entries that look alike (character trigrams or words of the folded text in common) are one group,
 * so that ten ways of asking for the new CEO are reviewed together.
 */
public final class ReviewList {
    /** Two questions this alike (trigram or word Jaccard) are one group. */
    static final double ALIKE = 0.45;
    /** An alternate question this alike is worth showing when nothing else came near. */
    static final double WORDING = 0.35;
    /** The facts shown under a group. */
    static final int CLOSEST = 3;

    private ReviewList() {
    }

    /**
     * One question as it was kept, however many times.
     *
     * @param number    what {@code safqa review accept N} takes: the id of its first kept row, stable
     *                  while other questions come and go
     * @param reasons   why it was kept, and how many times for each reason
     * @param ids       every kept row of it, forgotten together when it is accepted
     * @param near      the facts that came closest, best first: the one the person chose after a
     *                  clarify, then the options and suggestions it was given
     * @param votedDown the facts it was answered with and got a 👎 for
     */
    public record Asked(long number, String question, Language language, Map<KeptQuestion.Why, Integer> reasons,
                        List<Long> ids, List<String> near, List<String> votedDown) {
        public Asked {
            reasons = Map.copyOf(reasons);
            ids = List.copyOf(ids);
            near = List.copyOf(near);
            votedDown = List.copyOf(votedDown);
        }

        public int times() {
            return ids.size();
        }
    }

    /** Questions alike, most asked first, and the facts that came closest to them, best first. */
    public record Group(List<Asked> questions, List<String> closest) {
        public Group {
            questions = List.copyOf(questions);
            closest = List.copyOf(closest);
        }

        public int times() {
            return questions.stream().mapToInt(Asked::times).sum();
        }
    }

    /** The kept questions, each once, in the order they were first kept. */
    public static List<Asked> distinct(List<KeptQuestion> kept) {
        Map<String, List<KeptQuestion>> byKey = new LinkedHashMap<>();
        for (KeptQuestion q : kept.stream().sorted(Comparator.comparingLong(KeptQuestion::id)).toList()) {
            byKey.computeIfAbsent(q.language().code() + "\n" + key(q.question()), k -> new ArrayList<>()).add(q);
        }
        List<Asked> out = new ArrayList<>();
        for (List<KeptQuestion> rows : byKey.values()) {
            Map<KeptQuestion.Why, Integer> reasons = new EnumMap<>(KeptQuestion.Why.class);
            Set<String> chosen = new LinkedHashSet<>();
            Set<String> offered = new LinkedHashSet<>();
            Set<String> votedDown = new LinkedHashSet<>();
            for (KeptQuestion q : rows) {
                reasons.merge(q.why(), 1, Integer::sum);
                switch (q.why()) {
                    case CHOSEN -> {
                        if (q.chosen() != null) {
                            chosen.add(q.chosen());
                        }
                    }
                    case VOTED_DOWN -> {
                        if (q.chosen() != null) {
                            votedDown.add(q.chosen());
                        }
                    }
                    default -> offered.addAll(q.nearFacts());
                }
            }
            List<String> near = new ArrayList<>(chosen);
            offered.stream().filter(f -> !chosen.contains(f)).forEach(near::add);
            KeptQuestion last = rows.get(rows.size() - 1);
            out.add(new Asked(rows.get(0).id(), last.question(), last.language(), reasons,
                    rows.stream().map(KeptQuestion::id).toList(), near, List.copyOf(votedDown)));
        }
        return out;
    }

    /**
     * The questions in groups of questions alike: the most asked question starts a group, and each
     * question joins the first group with a question like it. Groups come most asked first.
     */
    public static List<Group> group(List<Asked> asked) {
        List<Asked> order = asked.stream()
                .sorted(Comparator.comparingInt(Asked::times).reversed().thenComparingLong(Asked::number)).toList();
        Map<Asked, Shape> shapes = new java.util.IdentityHashMap<>();
        order.forEach(a -> shapes.put(a, Shape.of(a.question())));
        List<List<Asked>> groups = new ArrayList<>();
        for (Asked a : order) {
            Shape shape = shapes.get(a);
            List<Asked> home = groups.stream()
                    .filter(g -> g.stream().anyMatch(b -> shape.likeness(shapes.get(b)) >= ALIKE))
                    .findFirst().orElse(null);
            if (home == null) {
                home = new ArrayList<>();
                groups.add(home);
            }
            home.add(a);
        }
        List<Group> out = new ArrayList<>();
        for (List<Asked> g : groups) {
            out.add(new Group(g, closest(g)));
        }
        out.sort(Comparator.comparingInt(Group::times).reversed()
                .thenComparingLong(g -> g.questions().get(0).number()));
        return out;
    }

    /** The facts nearest a group: each question's near facts weighed by how often it was asked and their rank. */
    private static List<String> closest(List<Asked> group) {
        Map<String, Double> score = new LinkedHashMap<>();
        for (Asked a : group) {
            for (int i = 0; i < a.near().size(); i++) {
                score.merge(a.near().get(i), a.times() / (i + 1.0), Double::sum);
            }
        }
        return score.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(CLOSEST).map(Map.Entry::getKey).toList();
    }

    /**
     * For a group no fact came near when it was asked (a decline with nothing to suggest): the
     * curated facts whose alternate questions read most like its questions, best first.
     */
    public static List<String> alikeByWording(Knowledge knowledge, Group group) {
        Map<String, Double> best = new LinkedHashMap<>();
        for (Asked a : group.questions()) {
            Shape asked = Shape.of(a.question());
            for (Fact f : knowledge.curatedFacts()) {
                for (String q : f.questions(a.language())) {
                    double s = asked.likeness(Shape.of(q));
                    if (s >= WORDING) {
                        best.merge(f.id(), s, Math::max);
                    }
                }
            }
        }
        return best.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .limit(CLOSEST).map(Map.Entry::getKey).toList();
    }

    /** How alike two questions read, 0 to 1: the better of character-trigram and word overlap of the folded text. */
    static double similarity(String a, String b) {
        return Shape.of(a).likeness(Shape.of(b));
    }

    /** A question's trigrams and words, made once for the many comparisons of a listing. */
    private record Shape(Set<String> grams, Set<String> words) {
        static Shape of(String question) {
            String key = key(question);
            return new Shape(AlternateQuestions.grams(key), ReviewList.words(key));
        }

        double likeness(Shape other) {
            return Math.max(jaccard(grams, other.grams), jaccard(words, other.words));
        }
    }

    /**
     * A question folded for comparing: spelling variants, case, spacing and punctuation set aside (as
     * the knowledge loader compares alternate questions).
     */
    public static String key(String question) {
        StringBuilder out = new StringBuilder();
        for (String w : ArabicText.fold(question).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!w.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(w);
            }
        }
        return out.toString();
    }

    private static Set<String> words(String key) {
        return key.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(key.split(" ")));
    }

    private static double jaccard(Set<String> a, Set<String> b) {
        if (a.isEmpty() && b.isEmpty()) {
            return 0;
        }
        Set<String> both = new HashSet<>(a);
        both.retainAll(b);
        return both.size() / (double) (a.size() + b.size() - both.size());
    }
}
