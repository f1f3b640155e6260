package dev.safqa.telegram;

import static dev.safqa.telegram.BotHarness.INVEST_AR;
import static dev.safqa.telegram.BotHarness.INVEST_EN;
import static dev.safqa.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.safqa.conversation.Turn;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.storage.ChatKey;
import dev.safqa.storage.FactFeedback;
import dev.safqa.text.Bidi;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Conversations with the real telegrambots poller and OkHttp client against {@link FakeBotApi} on
 * 127.0.0.1, with the real knowledge and a real SQLite database: what each kind of update gets.
 */
class TelegramBotTest {
    @TempDir
    Path dataDir;

    private BotHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new BotHarness(dataDir);
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    @Test
    void start_learns_the_username_and_registers_commands_in_english_and_arabic() throws Exception {
        h.start(h.settings());

        assertThat(h.bot.username()).isEqualTo("safqa_bot");
        List<FakeBotApi.Call> menus = h.api.calls("setMyCommands");
        assertThat(menus).hasSize(2);
        JsonNode english = menus.stream().map(FakeBotApi.Call::json).filter(j -> !j.has("language_code")).findFirst().orElseThrow();
        JsonNode arabic = menus.stream().map(FakeBotApi.Call::json).filter(j -> j.has("language_code")).findFirst().orElseThrow();
        assertThat(english.path("commands").toString()).contains("\"ask\"", "Ask about the Meta");  // the default menu
        assertThat(arabic.path("language_code").asText()).isEqualTo("ar");
        assertThat(arabic.path("commands").toString()).contains("\"ask\"", "اسأل عن صفقة");
        assertThat(h.api.calls("deleteWebhook")).hasSize(1);  // telegrambots clears a webhook before polling
        assertThat(h.bot.isReady()).isTrue();
    }

    @Test
    void private_english_question_gets_a_cited_html_answer_with_buttons() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.privateText(1001, INVEST_EN, "en"));

        FakeBotApi.Call sent = h.reply("1001");
        assertThat(sent.json().path("parse_mode").asText()).isEqualTo("html");
        assertThat(sent.text()).contains("14.8").contains("<blockquote>").contains("<i>Source: paragraph 1</i>");
        assertThat(sent.json().has("reply_parameters")).isFalse();  // private chat: no need to quote
        assertThat(BotHarness.buttons(sent, "text")).containsExactly("Source", "👍", "👎");
        assertThat(BotHarness.buttons(sent, "callback_data")).containsExactly("s|en|deal-investment", "u|en|deal-investment",
                "d|en|deal-investment");
        FakeBotApi.Call typing = h.api.await("sendChatAction", c -> "1001".equals(c.chatId()), WAIT);
        assertThat(typing.json().path("action").asText()).isEqualTo("typing");
        // no order asserted: the action and the answer travel on two connections at once
    }

    @Test
    void an_answer_ready_before_the_typing_delay_sends_no_typing_action() throws Exception {
        TelegramBot.Tuning slowTyping = new TelegramBot.Tuning(TestSupport.FAST.pollTimeoutSeconds(),
                TestSupport.FAST.pollFirstBackOff(), TestSupport.FAST.pollMaxBackOff(), TestSupport.FAST.sends(),
                TestSupport.FAST.closeGrace(), TestSupport.FAST.workers(), java.time.Duration.ofHours(1));
        TelegramBot bot = h.start(h.settings(), h.db.chatSettings(), slowTyping);
        h.api.push(Updates.privateText(1011, INVEST_EN, "en"));

        h.reply("1011");
        bot.close();                                                      // nothing left in flight
        assertThat(h.api.calls("sendChatAction")).isEmpty();
    }

    @Test
    void arabic_question_gets_an_arabic_answer_with_latin_runs_isolated() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.privateText(1002, INVEST_AR, "en"));

        FakeBotApi.Call sent = h.reply("1002");
        assertThat(sent.text()).contains("\u2068Scale AI\u2069");  // a Latin name inside Arabic
        assertThat(sent.text()).contains("\u206814.8\u2069");  // a figure inside Arabic
        assertThat(Bidi.strip(sent.text())).contains("مليار دولار").contains("المصدر: الفقرة 1");
        assertThat(BotHarness.buttons(sent, "text")).containsExactly("المصدر", "👍", "👎");
        assertThat(BotHarness.buttons(sent, "callback_data")).first().isEqualTo("s|ar|deal-investment");
    }

    @Test
    void group_message_is_answered_only_when_it_mentions_the_bot_and_as_a_reply() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.groupText(-100500, 21, INVEST_EN));
        h.api.push(Updates.groupText(-100500, 22, "@safqa_bot " + INVEST_EN));

        FakeBotApi.Call sent = h.reply("-100500");
        assertThat(sent.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(22);
        assertThat(sent.text()).contains("14.8");
        assertThat(h.replies("-100500")).hasSize(1);  // message 21 came first, on the same worker, and got nothing
        assertThat(h.api.calls("getChatMember")).isEmpty();  // who administers the group is asked only for a subscription
    }

    @Test
    void reply_to_the_bots_own_message_in_a_group_is_a_question() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.groupReplyToBot(-100501, 23, INVEST_EN));

        FakeBotApi.Call sent = h.reply("-100501");
        assertThat(sent.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(23);
        assertThat(sent.text()).contains("14.8");
    }

    @Test
    void command_for_another_bot_is_ignored_and_ours_is_answered() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.groupText(-100600, 31, "/help@other_bot"));
        h.api.push(Updates.groupText(-100600, 32, "/help@Safqa_Bot"));

        FakeBotApi.Call sent = h.reply("-100600");
        assertThat(sent.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(32);
        assertThat(sent.text()).contains("/ask &lt;question&gt;");  // the usage is escaped, not a tag
        assertThat(h.replies("-100600")).hasSize(1);
    }

    @Test
    void sticker_in_a_private_chat_gets_a_hint_in_the_users_language() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.sticker(1003));

        assertThat(h.reply("1003").text()).contains("أفهم الرسائل النصية فقط");
        assertThat(h.turns).extracting(t -> t.input(), t -> t.userLanguage())
                .containsExactly(org.assertj.core.api.Assertions.tuple(new Turn.NonText(), Language.AR));
    }

    @Test
    void unknown_command_in_a_private_chat_is_said_to_be_none_and_points_to_help() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.privateText(1004, "/weather", "en"));

        assertThat(h.reply("1004").text()).isEqualTo("/weather is not one of my commands. Send /help for the list, "
                + "or just type your question.");
    }

    @Test
    void lang_command_is_kept_per_chat_in_the_database() throws Exception {
        h.start(h.settings().withPacing(false));
        h.api.push(Updates.privateText(1008, "/lang ar", "en"));
        assertThat(h.reply("1008").text()).contains("سأجيب بالعربية");

        h.api.push(Updates.privateText(1008, INVEST_EN, "en"));
        List<FakeBotApi.Call> sent = h.api.awaitCount("sendMessage", c -> "1008".equals(c.chatId()), 2, WAIT);
        assertThat(Bidi.strip(sent.get(1).text())).contains("مليار دولار");  // an English question, answered in Arabic
        assertThat(h.db.chatSettings().language(new ChatKey("telegram", "1008"))).contains(Language.AR);
    }

    @Test
    void inline_query_gets_the_answer_and_related_facts_as_html_articles() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.inline("iq-1", 77, INVEST_EN));

        FakeBotApi.Call answer = h.api.await("answerInlineQuery", c -> true, WAIT);
        assertThat(answer.json().path("inline_query_id").asText()).isEqualTo("iq-1");
        JsonNode results = answer.json().path("results");
        assertThat(results.size()).isBetween(1, 3);
        assertThat(results.path(0).path("type").asText()).isEqualTo("article");
        assertThat(results.path(0).path("input_message_content").path("parse_mode").asText()).isEqualTo("html");
        assertThat(results.path(0).path("input_message_content").path("message_text").asText())
                .contains("14.8").contains("<blockquote>");
    }

    @Test
    void source_button_sends_the_whole_paragraph_as_a_reply_to_the_answer() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.callback("cb-1", 1011, 1011, 5001, "s|en|deal-investment"));

        FakeBotApi.Call ack = h.api.await("answerCallbackQuery", c -> true, WAIT);
        assertThat(ack.json().path("callback_query_id").asText()).isEqualTo("cb-1");
        FakeBotApi.Call sent = h.reply("1011");
        Paragraph first = TestSupport.knowledge().mainArticle().paragraph(1).orElseThrow();
        assertThat(sent.text()).contains("<b>Paragraph 1</b>").contains("<i>Source: paragraph 1</i>")
                .contains("<blockquote>" + Html.escape(first.text()) + "</blockquote>");  // verbatim: no isolate added
        assertThat(sent.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(5001);
    }

    @Test
    void feedback_buttons_are_recorded_in_the_database() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.callback("cb-2", 1012, 1012, 5002, "u|en|deal-investment"));
        h.api.push(Updates.callback("cb-3", 1013, 1013, 5003, "d|en|deal-investment"));

        List<FakeBotApi.Call> acks = h.api.awaitCount("answerCallbackQuery", c -> true, 2, WAIT);
        assertThat(acks).allSatisfy(a -> assertThat(a.json().path("text").asText()).isEqualTo("Thanks for the feedback!"));
        FactFeedback votes = h.db.feedback().byFact().stream().filter(f -> f.factId().equals("deal-investment"))
                .findFirst().orElseThrow();
        assertThat(votes.ups()).isEqualTo(1);
        assertThat(votes.downs()).isEqualTo(1);
    }

    @Test
    void channel_posts_are_read_for_commands_only() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.channelPost(-100700, 41, "Big news today about Scale AI"));
        h.api.push(Updates.channelPost(-100700, 42, "/facts"));

        FakeBotApi.Call sent = h.reply("-100700");
        assertThat(sent.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(42);
        assertThat(h.replies("-100700")).hasSize(1);
    }

    @Test
    void subscribe_in_a_private_chat_subscribes_it() throws Exception {
        h.start(h.settings());
        h.api.push(Updates.privateText(1014, "/subscribe", "en"));

        assertThat(h.reply("1014").text()).startsWith("Subscribed");
        assertThat(h.db.subscriptions().find(new ChatKey("telegram", "1014"))).isPresent();
    }
}
