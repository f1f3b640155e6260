package dev.safqa.answer;

/** What the claim tests ask of an answer, in the wording the replies use ({@link Replies}). */
final class Verdicts {
    private Verdicts() {
    }

    /** The answer confirms the claim: it opens with "Yes" in its own language. */
    static boolean yes(Answer a) {
        return a.answered() && a.text().startsWith(Replies.yes(a.language()));
    }
}
