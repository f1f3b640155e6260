package dev.safqa.eval;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.TestKnowledge;
import dev.safqa.answer.Answerer;
import dev.safqa.conversation.Conversation;
import java.io.IOException;
import java.nio.file.Path;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Conversations against the real knowledge: each turn asked through a real Conversation in a chat
 * of its own, so later turns lean on earlier ones. blind-conversations.jsonl was written by someone
 * who saw only the article (README, "Evaluation").
 */
class ConversationSetTest {
    private static final Path SETS = Path.of("src/test/resources/eval/conversations");

    @Test
    void the_blind_conversations_hold() throws IOException {
        holds("blind-conversations.jsonl", 0, 1.000);
    }

    @Test
    void the_second_blind_conversations_hold() throws IOException {
        // no wrong answer: "it" after an unanswered "and the bigger one...?" is that other one, not
        // Llama 4 which the last answer named (sc07.4 is declined)
        holds("second-conversations.jsonl", 0, 0.986);
    }

    @Test
    void the_third_blind_conversations_hold() throws IOException {
        // written and first scored in the fourth round; its wrong answers are listed in README,
        // "Evaluation", all since fixed: "his manager there" is whom Wang reports to, "them" beside
        // Scale is Google, "back then" after an older deal is that deal, and "and now?" asks of the present
        holds("third-conversations.jsonl", 0, 0.886);
    }

    @Test
    void the_fourth_blind_conversations_hold() throws IOException {
        // written and first scored in the fifth round (first run 69.7%, 3 wrong); the wrong answers
        // since fixed: a price claimed confirmed by a valuation of the same sum, and instructions
        // after a question answered as follow-ups of it
        holds("fourth-conversations.jsonl", 0, 0.919);
    }

    @Test
    void the_fifth_blind_conversations_hold() throws IOException {
        // written and first scored in the sixth round (first run 72.7%, 6 wrong); all since fixed (in the
        // seventh: a definition, "historically", and vc22.1, an Arabizi turn the evaluator took for English)
        holds("fifth-conversations.jsonl", 0, 0.898);
    }

    @Test
    void the_sixth_blind_conversations_hold() throws IOException {
        // written and first scored in the seventh round (first run 73.1%, 11 wrong, 7 of them Arabizi
        // turns the evaluator took for English); the four others are since fixed
        holds("sixth-conversations.jsonl", 0, 0.916);
    }

    @Test
    void the_seventh_blind_conversations_hold() throws IOException {
        // written and first scored in the eighth round (first run 75.7%, 6 wrong); the last one (one
        // customer named where the article names two) fixed in the ninth
        holds("seventh-conversations.jsonl", 0, 0.878);
    }

    @Test
    void the_eighth_blind_conversations_hold() throws IOException {
        // written and first scored in the ninth round (first run 68.4%, 6 wrong; 69.0%, 6 wrong after
        // the round's other work; 74.1%, 1 wrong in the tenth); 74.7%, 0 wrong after the eleventh
        // ("what kind of growth is that?" with no turn answered is declined)
        holds("eighth-conversations.jsonl", 0, 0.810);
    }

    @Test
    void the_ninth_blind_conversations_hold() throws IOException {
        // written and first scored in the tenth round (first run 72.4%, 9 wrong; 72.4%, 9 wrong after
        // the round's other work); the wrong answers left are listed in README, "Evaluation";
        // 80.6%, 0 wrong after the eleventh round
        holds("ninth-conversations.jsonl", 0, 0.870);
    }

    @Test
    void the_tenth_blind_conversations_hold() throws IOException {
        // written and first scored in the eleventh round (first run 78.4%, 10 wrong; 79.6%, 10 wrong
        // after the round's other work); 85.2%, 0 wrong after the eleventh round's follow-up work
        holds("tenth-conversations.jsonl", 0, 0.864);
    }

    @Test
    void the_eleventh_blind_conversations_hold() throws IOException {
        // written and first scored in the twelfth round, from the article alone (first run 74.1%, 7
        // wrong; 73.4%, 7 wrong after the round's other work); 73.4%, 6 wrong after its wrong answers
        // were read: the ones left are listed in README, "Evaluation"; 76.6%, 1 wrong after the
        // thirteenth round's follow-up work (FollowUpThirteenTest); 77.2%, 0 wrong once "the last deal
        // this big" turned the chat to another deal (TwelfthKindsTest)
        holds("eleventh-conversations.jsonl", 0, 0.803);
    }

    @Test
    void the_twelfth_blind_conversations_hold() throws IOException {
        // written and first scored in the thirteenth round, from the article alone (first run 85.7%, 5
        // wrong; 85.7%, 5 wrong after the round's other work); its wrong turns then fixed as kinds
        // (TwelfthKindsTest). The one left: "so the whole company at 30 billion?" gets "No" with the
        // 49% for $14.8 billion, where the writer wanted the $29 billion valuation (README, "Evaluation")
        holds("twelfth-conversations.jsonl", 1, 0.881);
    }

    @Test
    void the_thirteenth_blind_conversations_hold() throws IOException {
        // written and first scored in the fourteenth round, from the article alone (first run 84.1%, 5
        // wrong; 84.1%, 5 wrong after the round's other work); one wrong turn then fixed as a kind
        // (ThirteenthKindsTest: how "he" reacted); 87.0%, 2 wrong after the fifteenth round's
        // follow-up work (FollowUpFifteenTest); 88.4%, 1 wrong after the sixteenth (FollowUpSixteenTest:
        // "name them" after a fact that names no more). The one left is listed in README, "Evaluation"
        holds("thirteenth-conversations.jsonl", 1, 0.898);
    }

    @Test
    void the_fourteenth_blind_conversations_hold() throws IOException {
        // written and first scored in the fifteenth round, from the article alone (first run 73.9%, 7
        // wrong; 75.4%, 7 wrong after the round's other work); one wrong turn then fixed as a kind
        // (FourteenthKindsTest: a doer asked for and never told); 78.9%, 0 wrong after the sixteenth
        // round's follow-up work (FollowUpSixteenTest: "and the others?", "did it say why?", the model
        // planned after it, a reply never reported); 81.7% after the eighteenth ("what team will he lead?")
        holds("fourteenth-conversations.jsonl", 0, 0.838);
    }

    @Test
    void the_fifteenth_blind_conversations_hold() throws IOException {
        // written and first scored in the sixteenth round, from the article alone (first run 84.2%, 5
        // wrong; 84.2%, 5 wrong after the round's other work); one wrong turn then fixed as a kind
        // (FifteenthKindsTest: what people are paid); 87.0%, 1 wrong after the seventeenth round's
        // follow-up work (FollowUpSeventeenTest: the other labs by name, "that one" after a declined
        // turn, "this deal" said again). The one left is listed in README; 87.7% after the eighteenth
        // (FollowUpEighteenTest: "which team will he lead?" is no forecast)
        holds("fifteenth-conversations.jsonl", 1, 0.883);
    }

    @Test
    void the_sixteenth_blind_conversations_hold() throws IOException {
        // written and first scored in the seventeenth round, from the article alone (first run 79.7%,
        // 7 wrong; 81.0%, 5 wrong once the writer's patterns took the forms they meant; 81.0%, 5 wrong
        // after the round's other work); two wrong turns then fixed as kinds (SixteenthKindsTest: a new
        // CEO is a succession); 84.3%, 0 wrong after the eighteenth round's follow-up work
        // (FollowUpEighteenTest: the others beside what any earlier answer told, "that one" the
        // product just named, the worth of the deal compared with)
        holds("sixteenth-conversations.jsonl", 0, 0.856);
    }

    @Test
    void the_seventeenth_blind_conversations_hold() throws IOException {
        // written and first scored in the eighteenth round, from the article alone (first run 84.8%,
        // 8 wrong; 86.2%, 6 wrong once two of the writer's labels said what they meant: an Arabizi
        // turn is Arabic, and "why OpenAI?" is answered by the leak fears the article gives for it
        // too; 86.2%, 6 wrong after the round's other work). The six left are listed in README
        holds("seventeenth-conversations.jsonl", 3, 0.882);
    }

    /** The floors are today's figures: a change that adds a wrong answer or loses answers fails here. */
    @Test
    void the_eighteenth_blind_conversations_hold() throws IOException {
        // written and first scored in the nineteenth round, from the article alone (first run 78.7%,
        // 5 wrong; 80.9%, 3 wrong after the round's follow-up work, FollowUpNineteenTest). The three
        // left are listed in README, "Evaluation"
        holds("eighteenth-conversations.jsonl", 3, 0.808);
    }

    @Test
    void the_nineteenth_blind_conversations_hold() throws IOException {
        // written and first scored in the twentieth round, from the article alone (first run 81.2%,
        // 5 wrong; 79.2%, 6 wrong after the round's follow-up work, which answered a verb's "he" of a
        // product further back: mended). Those left are listed in README, "Evaluation"
        holds("nineteenth-conversations.jsonl", 1, 0.831);
    }

    private static void holds(String file, int maxWrong, double minScore) throws IOException {
        Answerer answerer = TestKnowledge.answerer();
        Evaluation.Result r = ConversationEvaluation.run(ConversationEvaluation.read(SETS.resolve(file)),
                () -> Conversation.builder(answerer, TestKnowledge::knowledge).build());
        String wrong = r.wrong().stream().map(f -> f.question().id() + " " + f.question().text() + ": " + f.why())
                .collect(Collectors.joining("\n"));
        assertThat(r.wrong().size()).as(wrong).isLessThanOrEqualTo(maxWrong);
        assertThat(r.score()).as(r.failures().stream().map(f -> f.question().id() + ": " + f.why())
                .collect(Collectors.joining("\n"))).isGreaterThanOrEqualTo(minScore);
    }
}
