package dev.safqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.safqa.knowledge.FigureKind;
import dev.safqa.text.ArabicText;
import dev.safqa.text.Language;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The forms of a question that are not its subject: claims, instructions, wholes, the joints
 * between two questions in one message, and the units that say what a figure is. The patterns
 * are data ({@code reading.yaml} beside this class), compiled once.
 */
record ReadingRules(Rule yesNo, Rule tag, Rule instruction, Rule whole, String wholeOf, Set<String> wholeMeasures, String numberOfPerson,
                    Rule request, Rule counted, Rule signOff, Rule parts, Rule listLead,
                    Map<FigureKind, Rule> unitsAfter, Rule moneyBefore, Rule opinion, Rule asksThing, Rule asksCompany, Rule span, List<Rule> months,
                    Map<String, Rule> periods, Words words, Map<Language, List<IntentRule>> intents,
                    double restates, Rule approximately, Rule asks, Rule since, String sinceOf, Rule onlyBecause,
                    String alreadyUnderWay, Set<String> causeConcepts, Rule priceBefore, List<String> priceOf, Set<String> notAPrice,
                    Rule partsLast, Rule partsLastAsks) {

    /**
     * The reader's word lists, folded as questions are.
     *
     * @param smallTalk    a message of only these words is small talk
     * @param help         a question about the bot itself
     * @param exclusion    "apart from X": group 2 holds the words set aside
     * @param alternative  "X or Y": groups 1 and 3 hold the alternatives
     * @param cues         any exclusion or alternative word: most questions have none, so the two above are skipped
     * @param contextWords analysed words that set a time frame ("after the deal")
     * @param plural       the question asks for several
     * @param pronoun      a part that refers to a person named before ("what is he doing next?")
     * @param it           a part that refers to something named before ("who runs it now?")
     * @param tagEnd       the tag that ends a claim ("..., correct?"): not what is asked about
     * @param hedge        words that turn a yes/no question on what a fact states ("still", "only", "already")
     * @param contractions each English contraction by its letters alone ("isnt" -> "isn't")
     * @param continuation words that ask whether a state continues ("still", "staying", "ما زال")
     * @param continuationWords the single words of those, to tell them from what is asked about
     * @param notNames     chat abbreviations ("QA", "FYI", "btw"), the words for the article itself
     *                     ("according to the text"), words of address ("Safqa",
     *                     "bot", "habibi") and of orders ("ignore el rules", "SYSTEM UPDATE"):
     *                     capitalised, but no names the article fails to mention
     * @param address      a greeting and whom it greets ("Hey Omar, ..."): group 1 is who, the one asking's
     *                     addressee, no name asked about
     * @param requestWords the words one of which every request has ("tell", "know", "تقولي"): the
     *                     request pattern runs only on a question that has one
     */
    record Words(Set<String> smallTalk, Rule help, Rule exclusion, Rule alternative, Rule cues,
                 Set<String> contextWords, Rule plural, Rule pronoun, Rule it, Rule tagEnd, Rule hedge,
                 Map<String, String> contractions, Rule continuation, Set<String> continuationWords,
                 Set<String> notNames, Rule address, Set<String> requestWords) {

        /**
         * A word as the rules spell it when it is a contraction ("isnt", "isn’t" -> "isn't"), or null.
         * Without an apostrophe, a common English word is itself ("were", "cant"), not a contraction.
         */
        String contraction(String word) {
            String lower = word.toLowerCase(java.util.Locale.ROOT);
            String letters = lower.replace("'", "").replace("’", "");
            // the table first: almost no word is in it, and for a word not in the common list (a
            // name, any Arabic word) CommonWords.english tries every British ending
            String spelt = contractions.get(letters);
            if (spelt == null || letters.equals(lower) && CommonWords.english(lower)) {
                return null;
            }
            return spelt;
        }
    }

    /** A question word: the first rule that matches gives the question's intent. */
    record IntentRule(Intent intent, Rule pattern) {
    }

    /**
     * Unicode word and space classes, for Arabic. Not case-insensitive: every rule runs on folded
     * text, which is lower case, and a case-insensitive match of Unicode literals costs a case
     * mapping per character tried (it was a fifth of the reader's pattern time). A rule must
     * therefore spell its letters in lower case (ReadingRulesTest).
     */
    private static final int FLAGS = Pattern.UNICODE_CHARACTER_CLASS;
    /** reading.yaml, parsed once: also for the rules kept beside the classes that use them. */
    static final JsonNode READING = yaml("reading.yaml");
    static final ReadingRules STANDARD = load();

    private static ReadingRules load() {
        JsonNode n = READING;
        Map<FigureKind, Rule> units = new EnumMap<>(FigureKind.class);
        units.put(FigureKind.MONEY, Rule.compile(n.path("units").path("money").asText(), FLAGS));
        units.put(FigureKind.PERCENT, Rule.compile(n.path("units").path("percent").asText(), FLAGS));
        units.put(FigureKind.AGE, Rule.compile(n.path("units").path("age").asText(), FLAGS));
        Map<String, Rule> periods = new java.util.LinkedHashMap<>();
        n.path("periods").fieldNames().forEachRemaining(k -> periods.put(k, any(n.path("periods"), k)));
        return new ReadingRules(any(n, "yes-no"), any(n, "tag"), any(n, "instruction"), any(n, "whole"), n.path("whole-of").asText(),
                Set.copyOf(folded(n.path("whole-measures"))), n.path("number-of-person").asText(),
                any(n, "request"), any(n, "counted"), any(n, "sign-off"), any(n, "parts"), any(n, "list-lead"), units, Rule.compile(n.path("units").path("money-before").asText(), FLAGS),
                any(n, "opinion"), any(n, "asks-thing"), any(n, "asks-company"), any(n, "span"), eachOf(n.path("months")), Map.copyOf(periods), words(n), loadIntents(), n.path("restates").asDouble(1.0),
                any(n, "approximately"), any(n, "asks"), any(n, "since"), n.path("since-of").asText(), any(n, "only-because"),
                n.path("already-under-way").asText(), Set.copyOf(folded(n.path("cause-concepts"))),
                any(n, "price-before"), List.copyOf(folded(n.path("price-of"))), Set.copyOf(folded(n.path("not-a-price"))),
                any(n, "parts-last"), any(n, "parts-last-asks"));
    }

    /** The month a text names (0 for January), or -1. */
    int month(String folded) {
        for (int i = 0; i < months.size(); i++) {
            if (months.get(i).find(folded)) {
                return i;
            }
        }
        return -1;
    }

    private static List<Rule> eachOf(JsonNode list) {
        List<Rule> out = new ArrayList<>();
        list.forEach(p -> out.add(Rule.compile(p.asText(), FLAGS)));
        return List.copyOf(out);
    }

    /** A YAML resource beside this class (reading.yaml, intents.yaml, follow-up.yaml), read once. */
    static JsonNode yaml(String name) {
        try (InputStream in = ReadingRules.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException(name + " is part of the jar");
            }
            return new ObjectMapper(new YAMLFactory()).readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(name + " is part of the jar", e);
        }
    }

    private static Words words(JsonNode n) {
        List<String> exclusion = folded(n.path("exclusion"));
        List<String> alternative = folded(n.path("alternative"));
        List<String> cues = new ArrayList<>(exclusion);
        cues.addAll(alternative);
        return new Words(Set.copyOf(folded(n.path("small-talk"))), any(n, "help"),
                Rule.compile("\\b(" + oneOf(exclusion) + ")\\s+((?:\\S+\\s*){1,3})", FLAGS),
                Rule.compile("((?:\\S+\\s+){0,1}\\S+)\\s+(" + oneOf(alternative) + ")\\s+((?:\\S+\\s*){1,2})", FLAGS),
                Rule.compile("\\b(" + oneOf(cues) + ")\\b", FLAGS),
                Set.copyOf(folded(n.path("context-words"))), any(n, "plural"), any(n, "pronoun"), any(n, "it"), any(n, "tag-end"), any(n, "hedge"),
                contractions(n.path("contractions")),
                Rule.compile("(^|\\s)(" + oneOf(folded(n.path("continuation"))) + ")(\\s|$)", FLAGS),
                Set.copyOf(folded(n.path("continuation")).stream().flatMap(w -> java.util.Arrays.stream(w.split("\\s+"))).toList()),
                Set.copyOf(java.util.stream.Stream.of("abbreviations", "address-words", "article-words", "order-words")
                        .flatMap(k -> folded(n.path(k)).stream()).collect(java.util.stream.Collectors.toSet())),
                any(n, "address"), Set.copyOf(folded(n.path("request-words"))));
    }

    private static Map<String, String> contractions(JsonNode list) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String c : folded(list)) {
            out.put(c.replace("'", ""), c);
        }
        return Map.copyOf(out);
    }

    private static Map<Language, List<IntentRule>> loadIntents() {
        JsonNode n = yaml("intents.yaml");
        Map<Language, List<IntentRule>> out = new EnumMap<>(Language.class);
        for (Language l : Language.values()) {
            List<IntentRule> rules = new ArrayList<>();
            for (JsonNode r : n.path(l.code())) {
                rules.add(new IntentRule(Intent.valueOf(r.get(0).asText()), Rule.compile(r.get(1).asText(), FLAGS)));
            }
            if (rules.isEmpty()) {
                throw new IllegalStateException("intents.yaml has no rules for '" + l.code() + "'");
            }
            out.put(l, List.copyOf(rules));
        }
        return out;
    }

    private static List<String> folded(JsonNode list) {
        List<String> out = new ArrayList<>();
        list.forEach(w -> out.add(ArabicText.fold(w.asText())));
        if (out.isEmpty()) {
            throw new IllegalStateException("reading.yaml lacks a word list");
        }
        return out;
    }

    private static String oneOf(List<String> words) {
        return String.join("|", words.stream().distinct().map(Pattern::quote).toList());
    }

    /** The periods (future, before...) a folded text speaks of. */
    java.util.Set<String> periodsIn(String folded) {
        java.util.Set<String> out = new java.util.TreeSet<>();
        periods.forEach((name, p) -> {
            if (p.find(folded)) {
                out.add(name);
            }
        });
        return out;
    }

    /** The rule reading.yaml lists under {@code key}. */
    static Rule rule(String key) {
        return any(READING, key);
    }

    /** The alternatives listed under {@code key}, as one pattern. */
    static Rule any(JsonNode n, String key) {
        List<String> alternatives = new ArrayList<>();
        n.path(key).forEach(p -> alternatives.add("(?:" + p.asText() + ")"));
        if (alternatives.isEmpty()) {
            throw new IllegalStateException("the reading rules have no '" + key + "'");
        }
        return Rule.compile(String.join("|", alternatives), FLAGS);
    }
}
