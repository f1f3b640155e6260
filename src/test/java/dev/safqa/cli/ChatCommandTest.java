package dev.safqa.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code safqa chat} fed from a pipe (standard input that is no terminal), over the real knowledge:
 * the lines go to the Conversation; this surface numbers choices and picks one by its number.
 */
class ChatCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String STAKE = "How much did Meta pay for its stake in Scale AI?";
    private static final String ELSEWHERE = "How much did Microsoft pay for Activision?";
    private static final String AMBIGUOUS = "who is the ceo";   // of Meta, or of Scale AI?

    private static List<JsonNode> jsonTurns(String... lines) throws Exception {
        CliTest r = CliTest.withInput(String.join("\n", lines) + "\n", "chat", "--json");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        List<JsonNode> turns = new ArrayList<>();
        for (String line : r.out().split("\n")) {
            turns.add(JSON.readTree(line));
        }
        return turns;
    }

    private static String chat(String... lines) {
        CliTest r = CliTest.withInput(String.join("\n", lines) + "\n", "chat");
        assertThat(r.exit()).isZero();
        assertThat(r.err()).isEmpty();
        return r.out();
    }

    @Test
    void a_follow_up_is_read_with_the_question_before_it() throws Exception {
        JsonNode followUp = jsonTurns(STAKE, "and the valuation?").get(1);
        assertThat(followUp.get("answered").asBoolean()).isTrue();
        assertThat(followUp.get("answer").asText()).contains("29");
        assertThat(followUp.get("context").asText()).isEqualTo(STAKE);
        assertThat(followUp.get("input").asText()).isEqualTo("and the valuation?");
    }

    @Test
    void json_prints_one_line_per_turn_in_order() throws Exception {
        List<JsonNode> turns = jsonTurns(STAKE, "/facts", "and the valuation?");
        assertThat(turns).extracting(t -> t.get("input").asText()).containsExactly(STAKE, "/facts", "and the valuation?");
    }

    @Test
    void a_clarify_carries_its_options_and_the_same_numbered_choices() throws Exception {
        JsonNode clarify = jsonTurns(AMBIGUOUS).get(0);
        assertThat(clarify.get("outcome").asText()).isEqualTo("clarify");
        assertThat(clarify.get("options")).hasSizeGreaterThanOrEqualTo(2);
        assertThat(clarify.get("options").get(0).get("fact").asText()).isNotBlank();
        assertThat(clarify.get("options").get(0).get("question").asText()).isNotBlank();
        assertThat(clarify.get("choices")).isEqualTo(clarify.get("options"));
    }

    @Test
    void a_number_after_a_clarify_answers_that_option() throws Exception {
        List<JsonNode> turns = jsonTurns(AMBIGUOUS, "2");
        String second = turns.get(0).get("options").get(1).get("fact").asText();
        assertThat(turns.get(1).get("answered").asBoolean()).isTrue();
        assertThat(turns.get(1).get("facts")).extracting(JsonNode::asText).containsExactly(second);
        assertThat(turns.get(1).get("input").asText()).isEqualTo("2");
    }

    @Test
    void a_command_prints_a_json_line_with_outcome_command() throws Exception {
        JsonNode facts = jsonTurns("/facts").get(0);
        assertThat(facts.get("answered").asBoolean()).isFalse();
        assertThat(facts.get("outcome").asText()).isEqualTo("command");
        assertThat(facts.get("answer").asText()).contains("$29 billion");
        assertThat(facts.get("citations")).isEmpty();
    }

    @Test
    void a_number_with_no_choices_offered_is_a_question() throws Exception {
        JsonNode turn = jsonTurns("2").get(0);
        assertThat(turn.get("question").asText()).isEqualTo("2");
        assertThat(turn.get("outcome").asText()).isNotEqualTo("command");
    }

    @Test
    void blank_lines_and_lone_arrow_keys_are_no_turns() throws Exception {
        List<JsonNode> turns = jsonTurns("", "\u001B[A", "   ", "\u001B[B\u001B[A" + STAKE);
        assertThat(turns).hasSize(1);
        assertThat(turns.get(0).get("question").asText()).isEqualTo(STAKE);   // the keys dropped, not asked
    }

    @Test
    void a_decline_numbers_its_suggestions() {
        assertThat(chat(ELSEWHERE)).contains("  1) How much did Meta invest in Scale AI?")
                .contains("Type a choice's number");
    }

    @Test
    void an_arabic_indic_digit_picks_a_choice() {
        String out = chat(ELSEWHERE, "١");
        assertThat(out.substring(out.indexOf("1) How much"))).contains("$14.8 billion");
    }

    @Test
    void a_number_out_of_range_shows_the_choices_again_and_they_stay_open() {
        String out = chat(ELSEWHERE, "7", "2");
        assertThat(out).contains("There is no choice 7 here: type a number from 1 to 3");
        assertThat(out.substring(out.indexOf("no choice 7"))).contains("  2) What is Scale AI worth").contains("$29 billion");
    }

    @Test
    void choosing_closes_the_choices_so_the_next_number_is_a_question() {
        String out = chat(ELSEWHERE, "1", "9");
        assertThat(out).doesNotContain("There is no choice 9");
    }

    @Test
    void an_arabic_command_name_is_the_same_command() {
        assertThat(chat("/مساعدة")).contains("/facts  أهم أرقام الصفقة");   // /help, in Arabic
    }

    @Test
    void quit_ends_the_chat_and_nothing_after_it_is_read() {
        assertThat(chat("/quit", STAKE)).doesNotContain("$14.8 billion");
    }

    @Test
    void a_quote_is_printed_verbatim() {
        assertThat(chat(STAKE)).contains("«استثمرت شركة ميتا 14.8 مليار دولار للاستحواذ على حصة 49% في شركة Scale AI»");
    }
}
