package dev.safqa.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.conversation.Command;
import dev.safqa.conversation.Conversation;
import dev.safqa.conversation.Reply;
import dev.safqa.conversation.Turn;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.text.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.buttons.InlineKeyboardButton;

/** Replies of the real conversation, on the real knowledge, rendered as Telegram HTML and buttons. */
class TelegramRendererTest {
    private static Conversation conversation;
    private final TelegramRenderer renderer = new TelegramRenderer();

    @BeforeAll
    static void load() throws Exception {
        Knowledge knowledge = TestSupport.knowledge();
        conversation = Conversation.builder(TestSupport.answerer(), () -> knowledge).build();
    }

    private static Reply say(String text) {
        return conversation.handle(Turn.privateMessage("telegram", "1", text));
    }

    private static Reply reply(Language l, List<Reply.Part> parts, List<Reply.Choice> choices, String factId) {
        return new Reply(l, parts, choices, factId, false, false, false, null);
    }

    private static List<String> data(InlineKeyboardMarkup k) {
        return k.getKeyboard().stream().flatMap(List::stream).map(InlineKeyboardButton::getCallbackData).toList();
    }

    @Test
    void html_special_characters_are_escaped() {
        assertThat(Html.escape("a < b & c > \"d\"")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot;");
    }

    @Test
    void answer_text_and_citation_are_escaped_not_markup() {
        String html = renderer.render(reply(Language.EN, List.of(new Reply.Text("AT&T <b>won</b>"),
                new Reply.Quote("<script>x</script>", "Source: paragraph 3")), List.of(), "fact-1")).html();

        assertThat(html).contains("AT&amp;T &lt;b&gt;won&lt;/b&gt;");
        assertThat(html).contains("<blockquote>&lt;script&gt;x&lt;/script&gt;</blockquote>");
        assertThat(html).contains("<i>Source: paragraph 3</i>");
    }

    @Test
    void isolation_comes_before_escaping() {
        // "&" escaped first would give "&amp;", whose "amp" the isolator would then take for a Latin word
        String html = TelegramRenderer.text("ميتا & Scale AI");

        assertThat(html).isEqualTo("ميتا &amp; \u2068Scale AI\u2069");
    }

    @Test
    void arabic_answer_isolates_latin_names_and_figures() {
        String html = renderer.render(say("كم استثمرت ميتا في Scale AI؟")).html();
        String answer = html.substring(0, html.indexOf("<blockquote>"));

        assertThat(answer).contains("\u2068Scale AI\u2069");  // Latin name
        assertThat(answer).contains("\u206814.8\u2069");  // figure
        assertThat(html).startsWith("استثمرت");  // the bubble starts right to left
    }

    @Test
    void the_quoted_passage_is_the_article_verbatim_with_no_isolate() throws Exception {
        Reply r = say("كم استثمرت ميتا في Scale AI؟");
        String source = TestSupport.knowledge().fact(r.factId()).orElseThrow().source();

        String html = renderer.render(r).html();
        String quoted = html.substring(html.indexOf("<blockquote>") + 12, html.indexOf("</blockquote>"));

        assertThat(quoted).isEqualTo(Html.escape(source));  // escaped, nothing added
        assertThat(quoted).doesNotContain("\u2068", "\u2069", "\u2066");
    }

    @Test
    void answered_question_gets_source_and_feedback_buttons_in_its_language() {
        InlineKeyboardMarkup k = renderer.render(say("كم استثمرت ميتا في Scale AI؟")).keyboard();

        assertThat(k.getKeyboard()).hasSize(1);
        assertThat(k.getKeyboard().get(0)).extracting(b -> b.getText()).containsExactly("المصدر", "👍", "👎");
        assertThat(data(k)).allSatisfy(d -> assertThat(d.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }

    @Test
    void a_declined_question_offers_what_it_can_answer_as_choice_buttons() {
        Reply r = say("What is the weather in Paris?");

        TelegramRenderer.Rendered out = renderer.render(r);

        assertThat(r.choices()).isNotEmpty();
        assertThat(out.html()).contains("You could ask:");
        assertThat(out.keyboard().getKeyboard()).hasSize(r.choices().size());  // one row per choice, no Source or votes
        assertThat(out.keyboard().getKeyboard().get(0)).singleElement().satisfies(b -> {
            assertThat(b.getText()).isEqualTo(r.choices().get(0).label());
            assertThat(b.getCallbackData()).isEqualTo("c|en|" + r.choices().get(0).factId());
        });
    }

    @Test
    void callback_data_round_trips_and_refuses_what_would_not_fit() {
        CallbackData d = new CallbackData(CallbackData.Action.SOURCE, Language.AR, "deal-investment");

        assertThat(d.encode()).contains("s|ar|deal-investment");
        assertThat(CallbackData.decode("s|ar|deal-investment")).contains(d);
        assertThat(CallbackData.decode("c|en|deal-valuation"))
                .contains(new CallbackData(CallbackData.Action.CHOOSE, Language.EN, "deal-valuation"));
        assertThat(CallbackData.decode("x|ar|deal")).isEmpty();  // an action we never wrote
        assertThat(CallbackData.decode("junk")).isEmpty();
        assertThat(new CallbackData(CallbackData.Action.UP, Language.EN, "f".repeat(60)).encode()).isEmpty();
    }

    @Test
    void a_fact_id_too_long_for_callback_data_leaves_its_buttons_out() {
        assertThat(renderer.keyboard(reply(Language.EN, List.of(new Reply.Text("x")), List.of(), "f".repeat(70)))).isNull();

        InlineKeyboardMarkup k = renderer.keyboard(reply(Language.EN, List.of(new Reply.Text("Which?")),
                List.of(new Reply.Choice("Too long", "f".repeat(70)), new Reply.Choice("Fits", "deal-valuation")), null));

        assertThat(data(k)).containsExactly("c|en|deal-valuation");  // the choice that does not fit is left out
    }

    @Test
    void help_lists_every_command_with_escaped_usage() {
        assertThat(renderer.render(say("/help")).html()).contains("/ask &lt;question&gt; — Ask about").contains("/lang ar|en|auto");
        assertThat(renderer.render(say("/مساعدة")).html()).contains("اسأل عن صفقة").contains("\u2066/source [n]\u2069");
    }

    @Test
    void arabic_help_keeps_each_command_in_one_left_to_right_piece() {
        String html = renderer.render(say("/مساعدة")).html();

        for (Command c : Command.values()) {
            if (!c.listed() || !html.contains("/" + c.id())) {
                continue;  // no subscriptions in this conversation: no /subscribe
            }
            Matcher m = Pattern.compile("\u2066(/" + c.id() + "[^\u2069\n]*)\u2069").matcher(html);
            assertThat(m.find()).as("/%s as one isolated piece in %s", c.id(), html).isTrue();
            assertThat(m.group(1)).doesNotContain("\u2066", "\u2067", "\u2068");  // no isolate inside the command
        }
        assertThat(html).contains("\u2066/ask &lt;سؤالك&gt;\u2069");  // an Arabic argument stays inside the LTR piece
    }

    @Test
    void inline_results_are_html_articles_with_at_most_two_related_facts() {
        List<?> results = renderer.inline(conversation.handle(new Turn("telegram", "inline:7", Turn.Kind.INLINE, "7", null,
                new Turn.Message("How much did Meta invest in Scale AI?"), null, null, false, "/")));

        assertThat(results).hasSizeBetween(1, 3);
        InlineQueryResultArticle first = (InlineQueryResultArticle) results.get(0);
        assertThat(first.getId()).isEqualTo("answer");
        assertThat(first.getDescription()).contains("14.8");
    }

    @Test
    void clipping_never_cuts_an_emoji_in_half() {
        assertThat(TelegramRenderer.clip("ab😀cd", 4)).isEqualTo("ab…");
        assertThat(TelegramRenderer.clip("short", 10)).isEqualTo("short");
    }
}
