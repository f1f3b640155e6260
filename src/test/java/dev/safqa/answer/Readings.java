package dev.safqa.answer;

import dev.safqa.TestKnowledge;
import dev.safqa.text.Language;

/** Questions read the way the answerer reads them, against the repo's knowledge, for the reading tests. */
final class Readings {
    private static final QuestionReader READER = new QuestionReader(TestKnowledge.index(), Scoring.standard());

    private Readings() {
    }

    /** An Arabic question (script, dialect or Arabizi) as read. */
    static ParsedQuestion ar(String q) {
        return READER.read(q, Language.AR);
    }
}
