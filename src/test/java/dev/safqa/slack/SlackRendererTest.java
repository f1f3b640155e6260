package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;

import com.slack.api.model.block.ActionsBlock;
import com.slack.api.model.block.ContextBlock;
import com.slack.api.model.block.SectionBlock;
import com.slack.api.model.block.composition.MarkdownTextObject;
import com.slack.api.model.block.element.ButtonElement;
import dev.safqa.answer.Answer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Outcome;
import dev.safqa.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
    private static Answer answered(String text, String quote) {
        return new Answer("q <b>", Language.EN, Outcome.ANSWERED, text,
                List.of(new Citation("meta-scale-ai.ar.txt", 3, quote)), List.of("fact-1"), List.of(), List.of());
    }

    @Test
    void answer_goes_in_a_section_and_its_citation_in_a_context_block() {
        SlackMessage m = SlackRenderer.answer(answered("Meta paid $14.8 billion.", "استثمرت شركة ميتا"), false);

        assertThat(m.blocks().get(0)).isInstanceOf(SectionBlock.class);
        ContextBlock ctx = (ContextBlock) m.blocks().get(1);
        assertThat(ctx.getElements()).extracting(e -> ((MarkdownTextObject) e).getText())
                .containsExactly("*Source: paragraph 3*", "“استثمرت شركة ميتا”");
        assertThat(m.text()).isEqualTo("Meta paid $14.8 billion.\nSource: paragraph 3"); // plain fallback
    }

    @Test
    void answer_text_and_quote_are_mrkdwn_escaped() {
        SlackMessage m = SlackRenderer.answer(answered("A & B <!channel>", "<@U1> & co"), false);

        String section = ((MarkdownTextObject) ((SectionBlock) m.blocks().get(0)).getText()).getText();
        assertThat(section).isEqualTo("A &amp; B &lt;!channel&gt;");
        String quote = ((MarkdownTextObject) ((ContextBlock) m.blocks().get(1)).getElements().get(1)).getText();
        assertThat(quote).isEqualTo("“&lt;@U1&gt; &amp; co”");
        assertThat(m.text()).doesNotContain("<");
    }

    @Test
    void a_long_quote_is_shortened() {
        SlackMessage m = SlackRenderer.answer(answered("x", "word ".repeat(200)), false);

        String quote = ((MarkdownTextObject) ((ContextBlock) m.blocks().get(1)).getElements().get(1)).getText();
        assertThat(quote.length()).isLessThanOrEqualTo(SlackRenderer.QUOTE_CHARS + 2);
        assertThat(quote).endsWith("…”");
    }

    @Test
    void buttons_carry_the_fact_for_votes_and_the_question_for_sharing() {
        SlackMessage m = SlackRenderer.answer(answered("x", "y"), true);

        ActionsBlock actions = (ActionsBlock) m.blocks().get(m.blocks().size() - 1);
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getActionId())
                .containsExactly(SlackRenderer.VOTE_UP, SlackRenderer.VOTE_DOWN, SlackRenderer.SHARE);
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getValue())
                .containsExactly("en:fact-1", "en:fact-1", "en:q <b>");
    }

    @Test
    void a_decline_lists_suggestions_and_has_no_buttons() {
        Answer decline = new Answer("weather?", Language.EN, Outcome.OFF_TOPIC, "I only answer about the deal.",
                List.of(), List.of(), List.of(), List.of("How much did Meta invest?"));

        SlackMessage m = SlackRenderer.answer(decline, true);

        assertThat(m.blocks()).hasSize(2).allMatch(b -> b instanceof SectionBlock);
        String suggestions = ((MarkdownTextObject) ((SectionBlock) m.blocks().get(1)).getText()).getText();
        assertThat(suggestions).isEqualTo("You could ask:\n• How much did Meta invest?");
    }

    @Test
    void help_without_a_chat_language_is_in_both_languages() {
        assertThat(SlackRenderer.help(null).blocks()).hasSize(2);
        assertThat(SlackRenderer.help(Language.AR).text()).startsWith("أنا صفقة");
    }

    @Test
    void button_values_round_trip() {
        assertThat(ButtonValue.decode(new ButtonValue(Language.AR, "كم: سؤال").encode()))
                .contains(new ButtonValue(Language.AR, "كم: سؤال")); // colon in the payload kept
        assertThat(ButtonValue.decode("xx:q")).isEmpty(); // unknown language
        assertThat(ButtonValue.decode("en:")).isEmpty(); // no payload
    }

    @Test
    void a_notice_longer_than_a_section_is_split_between_paragraphs_and_nothing_is_cut() {
        String first = "First paragraph. ".repeat(100).strip();  // 1,699 characters
        String second = "Second paragraph. ".repeat(100).strip();

        SlackMessage m = SlackRenderer.notice(first + "\n\n" + second);

        assertThat(m.blocks()).extracting(b -> ((MarkdownTextObject) ((SectionBlock) b).getText()).getText())
                .containsExactly(first, second); // two sections: together they would pass Slack's 3,000
        assertThat(m.text()).isEqualTo(first + "\n\n" + second);
    }

    @Test
    void a_notice_isolates_latin_runs_only_on_the_lines_that_mix_scripts() {
        SlackMessage m = SlackRenderer.notice("Update on the Meta–Scale AI deal\n— paragraph 1: «مما يقيّم الشركة عند 29 مليار دولار»");

        assertThat(m.text()).startsWith("Update on the Meta–Scale AI deal\n"); // an English line stays as it is
        assertThat(m.text()).contains("\u2068paragraph 1\u2069"); // the mixed line is isolated
    }
}
