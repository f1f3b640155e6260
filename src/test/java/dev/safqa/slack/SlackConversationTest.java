package dev.safqa.slack;

import static dev.safqa.slack.Payloads.blockAction;
import static dev.safqa.slack.Payloads.channelMessage;
import static dev.safqa.slack.Payloads.mention;
import static dev.safqa.slack.SignedClient.slashCommand;
import static dev.safqa.slack.SlackHttpModeTest.QUIET;
import static dev.safqa.slack.SlackHttpModeTest.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.safqa.answer.Answerer;
import dev.safqa.storage.ChatKey;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.net.http.HttpResponse;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * What the conversation brings to Slack, end to end in HTTP mode: threads that continue without a new
 * mention, choices that answer in place, the ⏳ while an answer is slow, and the Arabic command names.
 */
@Timeout(30)
class SlackConversationTest {
    private static final String BOT = "<@" + FakeSlack.BOT_USER + "> ";
    /** Declined by the article; the decline offers questions it can answer, as buttons. */
    private static final String DECLINED = "How much did Microsoft pay for Activision?";

    private HttpModeHarness h;
    private FakeSlack slack;

    @BeforeEach
    void start() throws Exception {
        h = new HttpModeHarness();
        slack = h.slack;
    }

    @AfterEach
    void stop() {
        h.close();
    }

    // ---- threads

    @Test
    void a_reply_in_a_thread_safqa_answered_continues_it_without_a_mention() throws Exception {
        h.start(TestKnowledge.answerer(), 20);
        h.client.json(mention("Ev-t1", "C0700", "1700000000.000100", null, BOT + "How much did Meta pay for its stake in Scale AI?"));
        assertThat(slack.nextPost(WAIT).text()).contains("14.8 billion");

        h.client.json(channelMessage("Ev-t2", "C0700", "1700000000.000200", "1700000000.000100", "and the valuation?"));

        FakeSlack.Post post = slack.nextPost(WAIT);
        assertThat(post.threadTs()).isEqualTo("1700000000.000100"); // in the same thread
        assertThat(post.text()).contains("29"); // the valuation, read as a follow-up of the stake question
    }

    @Test
    void a_message_in_a_thread_safqa_was_never_in_gets_nothing() throws Exception {
        h.start(TestKnowledge.answerer(), 20);
        h.client.json(mention("Ev-n1", "C0710", "1700000000.000100", null, BOT + "How much did Meta invest in Scale AI?"));
        slack.nextPost(WAIT);

        h.client.json(channelMessage("Ev-n2", "C0710", "1700000000.000400", "1700000000.000300", "and the valuation?"));
        h.client.json(channelMessage("Ev-n3", "C0710", "1700000000.000500", null, "and the valuation?")); // top level
        h.client.json(channelMessage("Ev-n4", "C0711", "1700000000.000600", "1700000000.000100", "and the valuation?"));

        slack.assertNoPost(QUIET);
    }

    @Test
    void a_mention_in_safqas_thread_is_answered_once() throws Exception {
        h.start(TestKnowledge.answerer(), 20);
        h.client.json(mention("Ev-o1", "C0720", "1700000000.000100", null, BOT + "How much did Meta invest in Scale AI?"));
        slack.nextPost(WAIT);
        String again = BOT + "and the valuation?";

        // Slack sends the one message twice: as app_mention and as message.channels
        h.client.json(mention("Ev-o2", "C0720", "1700000000.000200", "1700000000.000100", again));
        h.client.json(channelMessage("Ev-o3", "C0720", "1700000000.000200", "1700000000.000100", again));

        assertThat(slack.nextPost(WAIT).threadTs()).isEqualTo("1700000000.000100");
        slack.assertNoPost(QUIET);
    }

    @Test
    void a_bots_message_in_safqas_thread_is_not_answered() throws Exception {
        h.start(TestKnowledge.answerer(), 20);
        h.client.json(mention("Ev-b1", "C0725", "1700000000.000100", null, BOT + "How much did Meta invest in Scale AI?"));
        slack.nextPost(WAIT);

        h.client.json(Payloads.botInThread("Ev-b2", "C0725", FakeSlack.BOT_USER, FakeSlack.BOT_ID, "1700000100.000001",
                "1700000000.000100", "Meta invested $14.8 billion.")); // Safqa's own answer, echoed back
        h.client.json(Payloads.botInThread("Ev-b3", "C0725", "U0BOT2", "B0OTHER", "1700000100.000002",
                "1700000000.000100", "and the valuation?")); // another app's bot

        slack.assertNoPost(QUIET);
    }

    // ---- choices

    @Test
    void a_declined_question_offers_choices_and_tapping_one_answers_in_place_of_the_ephemeral_reply() throws Exception {
        h.start(TestKnowledge.answerer(), 20);
        h.client.form(slashCommand(DECLINED, "C0730", "U0001", slack.responseUrl("declined")));
        JsonObject declined = slack.nextResponse(WAIT);
        JsonObject choice = firstChoice(declined.getAsJsonArray("blocks"));

        h.client.action(blockAction(choice.get("action_id").getAsString(), choice.get("value").getAsString(),
                slack.responseUrl("chosen"), "C0730", "1700000000.000300", true, null));

        JsonObject answer = slack.nextResponse(WAIT);
        assertThat(answer.get("_path").getAsString()).isEqualTo("/response/chosen");
        assertThat(answer.get("replace_original").getAsBoolean()).isTrue(); // in place of the decline
        assertThat(answer.get("blocks").toString()).contains(SlackRenderer.VOTE_UP).contains("\"type\":\"context\"");
    }

    @Test
    void a_choice_under_a_channel_answer_updates_that_message() throws Exception {
        h.start(TestKnowledge.answerer(), 20);
        h.client.json(mention("Ev-c1", "C0740", "1700000000.000100", null, BOT + DECLINED));
        FakeSlack.Post declined = slack.nextPost(WAIT);
        JsonObject choice = firstChoice(JsonParser.parseString(declined.blocks()).getAsJsonArray());

        h.client.action(blockAction(choice.get("action_id").getAsString(), choice.get("value").getAsString(),
                slack.responseUrl("chosen-in-channel"), "C0740", "1700000100.000009", false, "1700000000.000100"));

        FakeSlack.Call update = slack.nextCall("chat.update", WAIT);
        assertThat(update.form()).containsEntry("channel", "C0740").containsEntry("ts", "1700000100.000009");
        assertThat(update.form().get("blocks")).contains(SlackRenderer.VOTE_UP).doesNotContain(SlackRenderer.CHOOSE + "_0");
        slack.assertNoPost(QUIET); // replaced, not posted again
    }

    private static JsonObject firstChoice(JsonArray blocks) {
        for (JsonElement b : blocks) {
            JsonObject block = b.getAsJsonObject();
            if (block.get("type").getAsString().equals("actions")) {
                for (JsonElement e : block.getAsJsonArray("elements")) {
                    JsonObject button = e.getAsJsonObject();
                    if (SlackRenderer.CHOOSE_ANY.matcher(button.get("action_id").getAsString()).matches()) {
                        return button;
                    }
                }
            }
        }
        throw new AssertionError("no choice button in " + blocks);
    }

    // ---- slow answers

    /** The real answerer, held back until the test lets it go: the narrow seam that makes an answer slow. */
    private static Answerer heldBack(CountDownLatch release) {
        Answerer real = TestKnowledge.answerer();
        Answerer slow = mock(Answerer.class);
        // the conversation asks with what its earlier answers told (Answerer.answer's fifth argument)
        when(slow.answer(any(), any(), any(), any(), any())).thenAnswer(inv -> {
            assertThat(release.await(WAIT.toMillis(), TimeUnit.MILLISECONDS)).as("released").isTrue();
            return real.answer(inv.getArgument(0), inv.getArgument(1), inv.getArgument(2), inv.getArgument(3), inv.getArgument(4));
        });
        return slow;
    }

    @Test
    void a_slow_answer_shows_an_hourglass_on_the_question_until_the_answer_is_posted() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        h.start(heldBack(release), 20);

        h.client.json(mention("Ev-s1", "C0750", "1700000000.000100", null, BOT + "How much did Meta invest in Scale AI?"));

        FakeSlack.Call added = slack.nextCall(WAIT);
        assertThat(added.method()).isEqualTo("reactions.add");
        assertThat(added.form()).containsEntry("channel", "C0750").containsEntry("timestamp", "1700000000.000100")
                .containsEntry("name", "hourglass_flowing_sand");
        assertThat(slack.takePosts()).isEmpty(); // the answer is still held back
        release.countDown();
        FakeSlack.Post answer = slack.nextPost(WAIT);
        FakeSlack.Call removed = slack.nextCall(WAIT);
        assertThat(answer.text()).contains("14.8 billion");
        assertThat(removed.method()).isEqualTo("reactions.remove");
        assertThat(removed.form()).containsEntry("timestamp", "1700000000.000100");
        assertThat(removed.nanoTime()).isGreaterThan(answer.nanoTime()); // taken off once the answer is there
    }

    @Test
    void a_slow_slash_command_is_acked_as_being_looked_up_then_answered() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        h.start(heldBack(release), 20);

        HttpResponse<String> ack = h.client.form(slashCommand("How much did Meta invest in Scale AI?", "C0760", "U0001",
                slack.responseUrl("slow")));

        assertThat(ack.body()).contains("Looking that up");
        release.countDown();
        assertThat(slack.nextResponse(WAIT).get("text").getAsString()).contains("14.8 billion");
    }

    // ---- Arabic command names

    @Test
    void slash_subscribe_in_arabic_subscribes_the_channel_in_arabic() throws Exception {
        h.start(TestKnowledge.answerer(), 20);

        HttpResponse<String> ack = h.client.form(slashCommand("اشتراك", "C0770", "U0001", slack.responseUrl("sub-ar")));

        String reply = Bidi.strip(JsonParser.parseString(ack.body()).getAsJsonObject().get("text").getAsString());
        assertThat(reply).contains("تم الاشتراك"); // the reply in Arabic
        assertThat(reply).contains("/invite @Safqa"); // the invite hint, with the command whole
        assertThat(h.storage.subscribed.get(new ChatKey("slack", "C0770")).language()).isEqualTo(Language.AR); // Arabic notes
    }
}
