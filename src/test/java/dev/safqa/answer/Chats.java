package dev.safqa.answer;

import java.util.List;

/** Turns asked one after another as a chat asks them, for the follow-up tests. */
final class Chats {
    private Chats() {
    }

    /**
     * The answer to the last of several turns, each asked after the ones before: the chat keeps what
     * each answer understood, and after a decline the facts of the last answer, unless the declined
     * turn turned to another one ({@link Answerer#staysWithLastAnswer}), as {@code Conversation} does.
     */
    static Answer last(Answerer answerer, String... asked) {
        String understood = null;
        List<String> facts = List.of();
        List<String> told = List.of();
        Answer a = null;
        for (String q : asked) {
            a = answerer.answer(q, null, understood, facts, told);
            boolean keeps = !a.answered() && understood != null && answerer.staysWithLastAnswer(q);
            told = understood == null || keeps ? told : Answerer.toldSoFar(told, facts);
            understood = a.understood();
            facts = keeps ? facts : a.facts();
        }
        return a;
    }
}
