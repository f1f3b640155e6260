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
import dev.safqa.conversation.Reply;
import dev.safqa.text.Language;
import java.util.List;
import org.junit.jupiter.api.Test;

class SlackRendererTest {
    private static Answer answered(String text, String quote) {
        return new Answer("q <b>", Language.EN, Outcome.ANSWERED, text,
                List.of(new Citation("meta-scale-ai.ar.txt", 3, quote)), List.of("fact-1"), List.of(), List.of());
    }

    /** An answer as the conversation gives it: the text, then the quote with its label; 👍/👎 for its fact. */
    private static Reply reply(Answer a) {
        return new Reply(a.language(), List.of(new Reply.Text(a.text()),
                new Reply.Quote(a.citations().get(0).text(), "Source: paragraph " + a.citations().get(0).paragraph())),
                List.of(), a.facts().get(0), false, false, false, a);
    }

    @Test
    void answer_goes_in_a_section_and_its_citation_in_a_context_block() {
        SlackMessage m = SlackRenderer.render(reply(answered("Meta paid $14.8 billion.", "استثمرت شركة ميتا")));

        assertThat(m.blocks().get(0)).isInstanceOf(SectionBlock.class);
        ContextBlock ctx = (ContextBlock) m.blocks().get(1);
        assertThat(ctx.getElements()).extracting(e -> ((MarkdownTextObject) e).getText())
                .containsExactly("*Source: paragraph 3*", "“استثمرت شركة ميتا”");
        assertThat(m.text()).isEqualTo("Meta paid $14.8 billion.\nSource: paragraph 3"); // plain fallback
    }

    @Test
    void answer_text_and_quote_are_mrkdwn_escaped() {
        SlackMessage m = SlackRenderer.render(reply(answered("A & B <!channel>", "<@U1> & co")));

        String section = ((MarkdownTextObject) ((SectionBlock) m.blocks().get(0)).getText()).getText();
        assertThat(section).isEqualTo("A &amp; B &lt;!channel&gt;");
        String quote = ((MarkdownTextObject) ((ContextBlock) m.blocks().get(1)).getElements().get(1)).getText();
        assertThat(quote).isEqualTo("“&lt;@U1&gt; &amp; co”");
        assertThat(m.text()).doesNotContain("<");
    }

    @Test
    void a_long_quote_is_shortened() {
        SlackMessage m = SlackRenderer.render(reply(answered("x", "word ".repeat(200))));

        String quote = ((MarkdownTextObject) ((ContextBlock) m.blocks().get(1)).getElements().get(1)).getText();
        assertThat(quote.length()).isLessThanOrEqualTo(SlackRenderer.QUOTE_CHARS + 2);
        assertThat(quote).endsWith("…”");
    }

    @Test
    void arabic_text_is_isolated_but_the_verbatim_quote_and_a_command_are_not() {
        Answer a = new Answer("كم؟", Language.AR, Outcome.ANSWERED, "استثمرت ميتا في Scale AI",
                List.of(new Citation("meta-scale-ai.ar.txt", 1, "استثمرت شركة ميتا في Scale AI")), List.of("fact-1"),
                List.of(), List.of());
        Reply r = new Reply(Language.AR, List.of(new Reply.Text(a.text()),
                new Reply.Quote(a.citations().get(0).text(), "المصدر: الفقرة 1"),
                new Reply.Text("للفقرة كلها:"), new Reply.Usage("/safqa source 1", "اعرض الفقرة 1 من المقال")),
                List.of(), "fact-1", false, false, false, a);

        SlackMessage m = SlackRenderer.render(r);

        String answer = ((MarkdownTextObject) ((SectionBlock) m.blocks().get(0)).getText()).getText();
        assertThat(answer).isEqualTo("استثمرت ميتا في \u2068Scale AI\u2069"); // Latin run in Arabic text isolated
        String quote = ((MarkdownTextObject) ((ContextBlock) m.blocks().get(1)).getElements().get(1)).getText();
        assertThat(quote).isEqualTo("“استثمرت شركة ميتا في Scale AI”"); // the article's words, verbatim
        String usage = ((MarkdownTextObject) ((SectionBlock) m.blocks().get(2)).getText()).getText();
        assertThat(usage).contains("• `/safqa source 1`"); // the command as typed, nothing inside it
    }

    @Test
    void buttons_carry_the_fact_for_votes_and_the_question_for_sharing() {
        SlackMessage m = SlackRenderer.render(reply(answered("x", "y")).asEphemeral());

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
        Reply r = new Reply(Language.EN, List.of(new Reply.Text(decline.text()), new Reply.Text("You could ask:"),
                new Reply.Item("How much did Meta invest?", null)), List.of(), null, true, false, false, decline);

        SlackMessage m = SlackRenderer.render(r);

        assertThat(m.blocks()).hasSize(2).allMatch(b -> b instanceof SectionBlock);
        String suggestions = ((MarkdownTextObject) ((SectionBlock) m.blocks().get(1)).getText()).getText();
        assertThat(suggestions).isEqualTo("You could ask:\n• How much did Meta invest?");
    }

    @Test
    void each_choice_is_a_button_with_its_language_and_fact() {
        Reply r = new Reply(Language.EN, List.of(new Reply.Text("Which do you mean?")),
                List.of(new Reply.Choice("How much did Meta invest in Scale AI?", "investment"),
                        new Reply.Choice("What is Scale AI valued at now?", "valuation")), null, false, false, false, null);

        SlackMessage m = SlackRenderer.render(r);

        ActionsBlock actions = (ActionsBlock) m.blocks().get(1);
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getActionId())
                .containsExactly("safqa_choose_0", "safqa_choose_1") // unique in the block, as Slack wants
                .allMatch(id -> SlackRenderer.CHOOSE_ANY.matcher(id).matches());
        assertThat(actions.getElements()).extracting(e -> ((ButtonElement) e).getValue())
                .containsExactly("en:investment", "en:valuation");
    }

    @Test
    void a_choice_label_is_cut_to_what_a_button_holds() {
        Reply r = new Reply(Language.EN, List.of(new Reply.Text("Which?")),
                List.of(new Reply.Choice("word ".repeat(40).strip(), "f")), null, false, false, false, null);

        ButtonElement b = (ButtonElement) ((ActionsBlock) SlackRenderer.render(r).blocks().get(1)).getElements().get(0);

        assertThat(b.getText().getText().length()).isLessThanOrEqualTo(SlackRenderer.BUTTON_CHARS);
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
