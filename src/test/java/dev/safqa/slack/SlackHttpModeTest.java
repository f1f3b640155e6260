package dev.safqa.slack;

import static dev.safqa.slack.Payloads.blockAction;
import static dev.safqa.slack.Payloads.directMessage;
import static dev.safqa.slack.Payloads.mention;
import static dev.safqa.slack.SignedClient.slashCommand;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.Vote;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * HTTP mode end to end: real signed requests to Safqa's HTTP server on 127.0.0.1, Bolt routing them to
 * the listeners, and the replies asserted where Slack would receive them (a fake Web API and a fake
 * response_url).
 */
@Timeout(20)
class SlackHttpModeTest {
    static final Duration WAIT = Duration.ofSeconds(5);
    /** How long to watch for a message that must not come (nothing else signals "nothing happened"). */
    static final Duration QUIET = Duration.ofMillis(500);
    static final String EN_QUESTION = "How much did Meta invest in Scale AI?";
    static final String AR_QUESTION = "كم استثمرت ميتا في Scale AI؟";

    private HttpModeHarness h;
    private FakeSlack slack;
    private SignedClient client;

    @BeforeEach
    void start() throws Exception {
        h = new HttpModeHarness().start(TestKnowledge.answerer(), 20);
        slack = h.slack;
        client = h.client;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    // ---- slash command

    @Test
    void english_slash_command_is_acked_then_answered_ephemerally_at_response_url() throws Exception {
        HttpResponse<String> ack = client.form(slashCommand(EN_QUESTION, "C0001", "U0001", slack.responseUrl("cmd-en")));

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonObject reply = slack.nextResponse(WAIT);
        assertThat(reply.get("_path").getAsString()).isEqualTo("/response/cmd-en");
        assertThat(reply.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(reply.get("text").getAsString()).contains("14.8 billion");
        assertThat(reply.get("blocks").toString()).contains("\"type\":\"section\"").contains("\"type\":\"context\"")
                .contains("Source: paragraph 1") // the citation
                .contains(SlackRenderer.VOTE_UP).contains(SlackRenderer.VOTE_DOWN).contains(SlackRenderer.SHARE);
    }

    @Test
    void arabic_slash_command_gets_an_arabic_answer_with_its_arabic_citation() throws Exception {
        HttpResponse<String> ack = client.form(slashCommand(AR_QUESTION, "C0001", "U0001", slack.responseUrl("cmd-ar")));

        assertThat(ack.statusCode()).isEqualTo(200);
        JsonObject reply = slack.nextResponse(WAIT);
        assertThat(Bidi.strip(reply.get("text").getAsString())).contains("استثمرت ميتا 14.8 مليار دولار");
        assertThat(Bidi.strip(reply.get("blocks").toString())).contains("المصدر: الفقرة 1");
    }

    @Test
    void empty_slash_command_shows_help_in_the_ack() throws Exception {
        HttpResponse<String> ack = client.form(slashCommand("", "C0001", "U0001", slack.responseUrl("cmd-help")));

        assertThat(ack.statusCode()).isEqualTo(200);
        assertThat(ack.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).contains("json"));
        JsonObject body = JsonParser.parseString(ack.body()).getAsJsonObject();
        assertThat(body.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(body.get("blocks").toString()).contains("/safqa lang ar|en|auto").contains("I'm Safqa");
        slack.assertNoResponse(QUIET);
    }

    @Test
    void slash_facts_lists_the_key_figures_with_their_paragraphs() throws Exception {
        HttpResponse<String> ack = client.form(slashCommand("facts", "C0001", "U0001", slack.responseUrl("facts")));

        assertThat(ack.body()).contains("The deal at a glance").contains("14.8 billion").contains("¶1"); // the conversation's note
    }

    @Test
    void slash_source_shows_a_paragraph_verbatim_and_the_range_when_out_of_it() throws Exception {
        HttpResponse<String> first = client.form(slashCommand("source 1", "C0001", "U0001", slack.responseUrl("src")));
        HttpResponse<String> none = client.form(slashCommand("source 999", "C0001", "U0001", slack.responseUrl("src-0")));

        assertThat(Bidi.strip(first.body())).contains("Paragraph 1").contains("استثمرت شركة ميتا");
        assertThat(none.body()).contains("There is no such paragraph");
    }

    @Test
    void slash_lang_ar_is_kept_for_the_channel_and_used_for_the_next_answer() throws Exception {
        HttpResponse<String> ack = client.form(slashCommand("lang ar", "C0002", "U0001", slack.responseUrl("lang")));

        assertThat(ack.body()).contains("سأجيب بالعربية");
        assertThat(h.storage.languages).containsEntry(new ChatKey("slack", "C0002"), Language.AR);

        client.form(slashCommand(EN_QUESTION, "C0002", "U0001", slack.responseUrl("after-lang")));
        assertThat(Bidi.strip(slack.nextResponse(WAIT).get("text").getAsString())).contains("14.8 مليار"); // forced Arabic
    }

    @Test
    void subscribe_subscribes_the_channel_and_says_how_the_notes_arrive() throws Exception {
        HttpResponse<String> ack = client.form(slashCommand("subscribe", "C0001", "U0001", slack.responseUrl("sub")));

        assertThat(ack.body()).contains("Subscribed").contains("/invite @Safqa");
        assertThat(h.storage.subscribed).containsKey(new ChatKey("slack", "C0001"));
    }

    @Test
    void a_question_over_500_characters_is_refused_politely() throws Exception {
        client.form(slashCommand("Meta ".repeat(120), "C0001", "U0001", slack.responseUrl("long")));

        assertThat(slack.nextResponse(WAIT).get("text").getAsString()).contains("too long for a question");
    }

    // ---- events

    @Test
    void url_verification_echoes_the_challenge() throws Exception {
        HttpResponse<String> r = client.json("{\"token\":\"t\",\"challenge\":\"chal-42\",\"type\":\"url_verification\"}");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.body()).isEqualTo("chal-42");
    }

    @Test
    void a_mention_in_a_channel_is_answered_in_the_thread_of_the_mention() throws Exception {
        HttpResponse<String> r = client.json(mention("Ev-m1", "C0100", "1700000000.000100", null,
                "<@" + FakeSlack.BOT_USER + "> " + EN_QUESTION));

        assertThat(r.statusCode()).isEqualTo(200);
        FakeSlack.Post post = slack.nextPost(WAIT);
        assertThat(post.channel()).isEqualTo("C0100");
        assertThat(post.threadTs()).isEqualTo("1700000000.000100");
        assertThat(post.authorization()).isEqualTo("Bearer xoxb-test-token");
        assertThat(post.text()).contains("14.8 billion");
        JsonArray blocks = JsonParser.parseString(post.blocks()).getAsJsonArray();
        assertThat(blocks.get(0).getAsJsonObject().get("type").getAsString()).isEqualTo("section");
        assertThat(blocks.get(1).getAsJsonObject().get("type").getAsString()).isEqualTo("context");
        assertThat(post.blocks()).doesNotContain(SlackRenderer.SHARE); // already visible to the channel
    }

    @Test
    void a_mention_inside_a_thread_is_answered_in_that_thread() throws Exception {
        client.json(mention("Ev-m2", "C0101", "1700000000.000300", "1700000000.000001",
                "<@" + FakeSlack.BOT_USER + "> " + EN_QUESTION));

        assertThat(slack.nextPost(WAIT).threadTs()).isEqualTo("1700000000.000001");
    }

    @Test
    void an_empty_mention_gets_the_help() throws Exception {
        client.json(mention("Ev-m3", "C0102", "1700000000.000400", null, "<@" + FakeSlack.BOT_USER + ">"));

        assertThat(slack.nextPost(WAIT).blocks()).contains("/safqa facts");
    }

    @Test
    void a_direct_message_is_answered_in_the_dm() throws Exception {
        HttpResponse<String> r = client.json(directMessage("Ev-d1", "D0001", "U0001", null, AR_QUESTION));

        assertThat(r.statusCode()).isEqualTo(200);
        FakeSlack.Post post = slack.nextPost(WAIT);
        assertThat(post.channel()).isEqualTo("D0001");
        assertThat(post.threadTs()).isNull();
        assertThat(Bidi.strip(post.text())).contains("14.8 مليار");
    }

    // ---- buttons

    @Test
    void thumbs_up_is_recorded_in_the_feedback_log_and_thanked() throws Exception {
        String factId = TestKnowledge.answerer().answer(EN_QUESTION).facts().get(0);

        HttpResponse<String> r = client.action(blockAction(SlackRenderer.VOTE_UP, "en:" + factId,
                slack.responseUrl("vote")));

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(h.storage.votes).singleElement().satisfies(f -> {
            assertThat(f.chat()).isEqualTo(new ChatKey("slack", "C0001"));
            assertThat(f.messageId()).isEqualTo("1700000000.000200");
            assertThat(f.factId()).isEqualTo(factId);
            assertThat(f.vote()).isEqualTo(Vote.UP);
            assertThat(f.userHash()).isNotEqualTo("U0001"); // hashed, never the raw id
        });
        JsonObject thanks = slack.nextResponse(WAIT);
        assertThat(thanks.get("response_type").getAsString()).isEqualTo("ephemeral");
        assertThat(thanks.get("replace_original").getAsBoolean()).isFalse();
    }

    @Test
    void share_reposts_the_answer_for_the_whole_channel() throws Exception {
        HttpResponse<String> r = client.action(blockAction(SlackRenderer.SHARE, "en:" + EN_QUESTION,
                slack.responseUrl("share")));

        assertThat(r.statusCode()).isEqualTo(200);
        JsonObject shared = slack.nextResponse(WAIT);
        assertThat(shared.get("_path").getAsString()).isEqualTo("/response/share");
        assertThat(shared.get("response_type").getAsString()).isEqualTo("in_channel");
        assertThat(shared.get("text").getAsString()).contains("14.8 billion");
        assertThat(shared.get("blocks").toString()).contains("Shared by <@U0001>").doesNotContain(SlackRenderer.SHARE);
    }
}
