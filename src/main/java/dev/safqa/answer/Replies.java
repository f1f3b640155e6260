package dev.safqa.answer;

import dev.safqa.text.Language;
import dev.safqa.text.Wording;

/**
 * The core's own sentences (declines, verdicts, labels), read from the {@link Wording} catalogue.
 * Declines never state a figure: only a cited answer may.
 */
public final class Replies {
    private Replies() {
    }

    public static String notInArticle(Language l) {
        return Wording.say(l, "decline.not-in-article");
    }

    public static String notCovered(Language l, String what) {
        return Wording.say(l, "decline.not-covered", what);
    }

    public static String notAbout(Language l, String name) {
        return Wording.say(l, "decline.not-about", name);
    }

    /** A name or thing the article never mentions ("Wiz", "the EU"). */
    public static String notMentioned(Language l, String name) {
        return Wording.say(l, "decline.not-mentioned", name);
    }

    /** A question that leans on an earlier turn ("and how old is he?") where there is none. */
    public static String noEarlierTurn(Language l) {
        return Wording.say(l, "decline.no-earlier-turn");
    }

    /** A question asking for a view or a prediction. */
    public static String noOpinion(Language l) {
        return Wording.say(l, "decline.opinion");
    }

    /** Before the article's figure, when a claim agrees with it. */
    public static String yes(Language l) {
        return Wording.say(l, "claim.yes");
    }

    /** Before the article's figure, when a claim contradicts it. */
    public static String no(Language l) {
        return Wording.say(l, "claim.no");
    }

    /** Asking which of two readings was meant. */
    public static String clarify(Language l) {
        return Wording.say(l, "clarify");
    }

    /**
     * One part of a several-part question that the article does not answer. The part is not
     * quoted back: it may hold a figure, and a reply states no figure its citation lacks.
     */
    public static String partNotAnswered(Language l) {
        return Wording.say(l, "part-not-answered");
    }

    public static String offTopic(Language l) {
        return Wording.say(l, "decline.off-topic");
    }

    public static String greeting(Language l) {
        return Wording.say(l, "greeting");
    }

    public static String empty(Language l) {
        return Wording.say(l, "decline.empty");
    }

    public static String tooLong(Language l, int max) {
        return Wording.say(l, "decline.too-long", max);
    }

    /** A chat or user over the question limit. */
    public static String tooManyQuestions(Language l, int perMinute) {
        return Wording.say(l, "limit.too-many", perMinute);
    }

    /** Something failed on our side; never the details. */
    public static String apology(Language l) {
        return Wording.say(l, "apology");
    }

    public static String thanksForFeedback(Language l) {
        return Wording.say(l, "feedback.thanks");
    }

    public static String keyFactsTitle(Language l) {
        return Wording.say(l, "facts.title");
    }

    public static String tryAsking(Language l) {
        return Wording.say(l, "try-asking");
    }

    public static String sourceLabel(Language l, int paragraph) {
        return Wording.say(l, "source.label", paragraph);
    }
}
