package dev.safqa.answer;

import dev.safqa.text.Language;
import java.util.List;

/**
 * What Safqa says to a question: a short text in the question's language and, when it answers,
 * the passages it comes from. Declines carry example questions it can answer instead.
 *
 * @param facts       ids of the facts the answer states (empty unless answered)
 * @param related     up to two more facts on the same subject, for "see also" and inline results
 * @param suggestions questions it can answer, in the answer's language, offered with a decline
 * @param options     when it asks which of two readings was meant ({@link Outcome#CLARIFY}): the readings
 * @param context     the earlier question of the conversation a follow-up was read with; empty for a
 *                    question read on its own
 */
public record Answer(String question, Language language, Outcome outcome, String text,
                     List<Citation> citations, List<String> facts, List<Related> related,
                     List<String> suggestions, List<Option> options, String context) {

    /** One reading of a question that could mean two things: a question it would answer, and its fact. */
    public record Option(String factId, String question) {
    }

    public Answer(String question, Language language, Outcome outcome, String text, List<Citation> citations,
                  List<String> facts, List<Related> related, List<String> suggestions) {
        this(question, language, outcome, text, citations, facts, related, suggestions, List.of());
    }

    public Answer(String question, Language language, Outcome outcome, String text, List<Citation> citations,
                  List<String> facts, List<Related> related, List<String> suggestions, List<Option> options) {
        this(question, language, outcome, text, citations, facts, related, suggestions, options, "");
    }

    /** This answer, read as a follow-up of {@code earlier}. */
    public Answer withContext(String earlier) {
        return new Answer(question, language, outcome, text, citations, facts, related, suggestions, options, earlier);
    }

    /**
     * The question as the conversation understood it, for the next turn to lean on: the earlier
     * question it followed up, then its own text.
     */
    public String understood() {
        if (context.isEmpty()) {
            return question;
        }
        // the last few questions of the chain are enough to know whom and what it is about
        List<String> chain = new java.util.ArrayList<>(List.of(context.split("\n")));
        chain.add(question);
        return String.join("\n", chain.subList(Math.max(0, chain.size() - MAX_CHAIN), chain.size()));
    }

    /** How many questions of a chain of follow-ups are remembered. */
    static final int MAX_CHAIN = 3;

    /** Another fact worth showing beside the answer. */
    public record Related(String factId, String text, Citation citation) {
    }

    public Answer {
        citations = List.copyOf(citations);
        facts = List.copyOf(facts);
        related = List.copyOf(related);
        suggestions = List.copyOf(suggestions);
        options = List.copyOf(options);
        context = context == null ? "" : context;
    }

    public boolean answered() {
        return outcome == Outcome.ANSWERED;
    }

    static Answer decline(String question, Language language, Outcome outcome, String text, List<String> suggestions) {
        return new Answer(question, language, outcome, text, List.of(), List.of(), List.of(), suggestions);
    }
}
