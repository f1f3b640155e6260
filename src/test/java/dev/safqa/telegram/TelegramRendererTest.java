package dev.safqa.telegram;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.answer.Answer;
import dev.safqa.answer.Answerer;
import dev.safqa.answer.Citation;
import dev.safqa.answer.Outcome;
import dev.safqa.text.Language;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.objects.inlinequery.result.InlineQueryResultArticle;
import org.telegram.telegrambots.meta.api.objects.replykeyboard.InlineKeyboardMarkup;

class TelegramRendererTest {
    private static Answerer answerer;
    private final TelegramRenderer renderer = new TelegramRenderer();

    @BeforeAll
    static void load() throws Exception {
        answerer = TestSupport.answerer();
    }

    private static Answer answered(Language l, String text, String source) {
        return new Answer("q", l, Outcome.ANSWERED, text, List.of(new Citation("a.txt", 3, source)), List.of("fact-1"),
                List.of(), List.of());
    }

    @Test
    void html_special_characters_are_escaped() {
        assertThat(Html.escape("a < b & c > \"d\"")).isEqualTo("a &lt; b &amp; c &gt; &quot;d&quot;");
    }

    @Test
    void answer_text_and_citation_are_escaped_not_markup() {
        String html = renderer.answer(answered(Language.EN, "AT&T <b>won</b>", "<script>x</script>")).html();

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
        String html = renderer.answer(answerer.answer("كم استثمرت ميتا في Scale AI؟")).html();

        assertThat(html).contains("\u2068Scale AI\u2069");  // Latin name
        assertThat(html).contains("\u206814.8\u2069");  // figure
        assertThat(html).startsWith("استثمرت");  // the bubble starts right to left
    }

    @Test
    void answered_question_gets_source_and_feedback_buttons_in_its_language() {
        InlineKeyboardMarkup k = renderer.answer(answerer.answer("كم استثمرت ميتا في Scale AI؟")).keyboard();

        assertThat(k.getKeyboard()).hasSize(1);
        assertThat(k.getKeyboard().get(0)).extracting(b -> b.getText()).containsExactly("المصدر", "👍", "👎");
        assertThat(k.getKeyboard().get(0)).allSatisfy(b ->
                assertThat(b.getCallbackData().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(64));
    }

    @Test
    void declined_question_gets_suggestions_and_no_buttons() {
        TelegramRenderer.Reply r = renderer.answer(answerer.answer("What is the weather in Paris?"));

        assertThat(r.keyboard()).isNull();
        assertThat(r.html()).contains("You could ask:").contains("\n• ");
    }

    @Test
    void callback_data_round_trips_and_refuses_what_would_not_fit() {
        CallbackData d = new CallbackData(CallbackData.Action.SOURCE, Language.AR, "deal-investment");

        assertThat(d.encode()).contains("s|ar|deal-investment");
        assertThat(CallbackData.decode("s|ar|deal-investment")).contains(d);
        assertThat(CallbackData.decode("x|ar|deal")).isEmpty();  // an action we never wrote
        assertThat(CallbackData.decode("junk")).isEmpty();
        assertThat(new CallbackData(CallbackData.Action.UP, Language.EN, "f".repeat(60)).encode()).isEmpty();
    }

    @Test
    void a_fact_id_too_long_for_callback_data_leaves_its_buttons_out() {
        assertThat(renderer.keyboard(Language.EN, "f".repeat(70))).isNull();
    }

    @Test
    void help_lists_every_command_with_escaped_usage() {
        assertThat(renderer.help(Language.EN)).contains("/ask &lt;question&gt; — Ask about").contains("/lang ar|en|auto");
        assertThat(renderer.help(Language.AR)).contains("اسأل عن صفقة").contains("\u200E/source [n]");
    }

    @Test
    void inline_results_are_html_articles_with_at_most_two_related_facts() {
        List<?> results = renderer.inline(answerer.answer("How much did Meta invest in Scale AI?"));

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
