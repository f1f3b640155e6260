package dev.safqa.telegram;

import static dev.safqa.telegram.BotHarness.WAIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.safqa.conversation.Command;
import dev.safqa.conversation.Turn;
import dev.safqa.text.Language;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the conversation brings to Telegram, end to end: update -> turn -> conversation -> reply ->
 * Telegram, with the real telegrambots poller and client against {@link FakeBotApi}, the real
 * knowledge and SQLite. Follow-ups, choices tapped in place, deep links, commands in two languages.
 */
@Timeout(30)
class TelegramConversationTest {
    private static final String PAID = "How much did Meta pay for its stake in Scale AI?";
    private static final String FOLLOW_UP = "and the valuation?";

    @TempDir
    Path dataDir;
    private BotHarness h;

    @BeforeEach
    void setUp() throws Exception {
        h = new BotHarness(dataDir);
        h.start(h.settings().withPacing(false)); // several replies to one chat would wait a second each
    }

    @AfterEach
    void tearDown() {
        h.close();
    }

    /** The {@code n}-th message the bot sent to the chat. */
    private FakeBotApi.Call reply(long chatId, int n) throws InterruptedException {
        String id = String.valueOf(chatId);
        return h.api.awaitCount("sendMessage", c -> id.equals(c.chatId()), n, WAIT).get(n - 1);
    }

    @Test
    void a_follow_up_in_a_private_chat_is_answered() throws Exception {
        h.api.push(Updates.privateText(1101, PAID, "en"));
        assertThat(reply(1101, 1).text()).contains("14.8");

        h.api.push(Updates.privateText(1101, FOLLOW_UP, "en"));

        FakeBotApi.Call second = reply(1101, 2);
        assertThat(h.turns).extracting(Turn::kind, Turn::chatId).containsOnly(tuple(Turn.Kind.PRIVATE, "1101")); // one conversation
        assertThat(second.text()).contains("$29 billion");
        assertThat(BotHarness.buttons(second, "callback_data")).first().isEqualTo("s|en|deal-valuation");
    }

    @Test
    void in_a_group_a_follow_up_is_answered_only_as_a_reply_to_the_bots_answer() throws Exception {
        long group = -100800;
        h.api.push(Updates.groupText(group, 61, "@safqa_bot " + PAID));
        assertThat(reply(group, 1).text()).contains("14.8");

        h.api.push(Updates.groupMessageFrom(group, 42, 62, FOLLOW_UP));      // said to the group, not to Safqa
        int last = h.api.push(Updates.groupReplyToBot(group, 63, FOLLOW_UP)); // a reply to Safqa's answer

        FakeBotApi.Call second = reply(group, 2);
        assertThat(second.text()).contains("$29 billion");
        assertThat(second.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(63);
        h.api.awaitDelivered(last, WAIT);
        assertThat(h.replies(String.valueOf(group))).hasSize(2);  // message 62 came first, on the same worker, and got nothing
        assertThat(h.turns).extracting(Turn::kind, Turn::input, Turn::repliesToBot, Turn::userId).containsExactly(
                tuple(Turn.Kind.GROUP, new Turn.Message(PAID), false, "42"),        // the mention taken out
                tuple(Turn.Kind.GROUP, new Turn.Message(FOLLOW_UP), true, "42"));   // a reply: it may lean on the answer
    }

    @Test
    void a_declined_question_offers_choices_and_tapping_one_turns_that_message_into_the_answer() throws Exception {
        h.api.push(Updates.privateText(1102, "What is the weather in Paris?", "en"));
        FakeBotApi.Call declined = reply(1102, 1);
        List<String> choices = BotHarness.allButtons(declined, "callback_data");
        assertThat(choices).contains("c|en|deal-valuation").allMatch(d -> d.startsWith("c|en|"));
        int messageId = h.api.messageId(declined);

        h.api.push(Updates.callback("cb-choose", 1102, 1102, messageId, "c|en|deal-valuation"));

        FakeBotApi.Call edit = h.api.await("editMessageText", c -> true, WAIT);
        assertThat(edit.chatId()).isEqualTo("1102");
        assertThat(edit.json().path("message_id").asInt()).isEqualTo(messageId);  // the message the button was under
        assertThat(edit.json().path("parse_mode").asText()).isEqualTo("html");
        assertThat(edit.text()).contains("$29 billion").contains("<blockquote>");
        assertThat(BotHarness.allButtons(edit, "callback_data"))
                .containsExactly("s|en|deal-valuation", "u|en|deal-valuation", "d|en|deal-valuation"); // the keyboard updated
        FakeBotApi.Call ack = h.api.await("answerCallbackQuery", c -> true, WAIT);
        assertThat(ack.json().path("callback_query_id").asText()).isEqualTo("cb-choose");
        assertThat(h.replies("1102")).hasSize(1);  // answered in place, not in a new message
        assertThat(h.turns).last().extracting(Turn::input).isEqualTo(new Turn.Choose("deal-valuation", Language.EN));
    }

    @Test
    void in_a_group_a_clarified_question_offers_its_readings_and_a_tap_answers_in_place() throws Exception {
        long group = -100900;
        h.api.push(Updates.groupText(group, 71, "@safqa_bot Who is the CEO?"));
        FakeBotApi.Call asked = reply(group, 1);
        assertThat(BotHarness.allButtons(asked, "callback_data")).contains("c|en|zuckerberg-ceo", "c|en|droege-ceo");
        assertThat(asked.json().path("reply_parameters").path("message_id").asInt()).isEqualTo(71);
        int messageId = h.api.messageId(asked);

        h.api.push(Updates.groupCallback("cb-clarify", 42, group, messageId, "c|en|droege-ceo"));

        FakeBotApi.Call edit = h.api.await("editMessageText", c -> true, WAIT);
        String answer = TestSupport.knowledge().fact("droege-ceo").orElseThrow().answer(Language.EN);
        assertThat(edit.chatId()).isEqualTo(String.valueOf(group));
        assertThat(edit.json().path("message_id").asInt()).isEqualTo(messageId);
        assertThat(edit.text()).startsWith(TelegramRenderer.text(answer));
        assertThat(h.api.await("answerCallbackQuery", c -> true, WAIT).json().path("callback_query_id").asText())
                .isEqualTo("cb-clarify");
        assertThat(h.replies(String.valueOf(group))).hasSize(1);
    }

    @Test
    void a_start_link_with_a_fact_id_answers_that_fact() throws Exception {
        h.api.push(Updates.privateText(1103, "/start@safqa_bot deal-valuation", "en"));

        FakeBotApi.Call sent = reply(1103, 1);
        assertThat(sent.text()).contains("$29 billion").contains("<i>Source: paragraph 1</i>");
        assertThat(BotHarness.buttons(sent, "text")).containsExactly("Source", "👍", "👎");
        assertThat(h.turns).extracting(Turn::input).containsExactly(new Turn.Message("/start deal-valuation")); // our suffix off
    }

    @Test
    void an_unknown_command_is_said_to_be_none() throws Exception {
        h.api.push(Updates.privateText(1104, "/foo", "en"));

        assertThat(reply(1104, 1).text()).startsWith("/foo is not one of my commands").contains("/help");
    }

    @Test
    void arabic_help_carries_no_isolate_inside_a_command() throws Exception {
        h.api.push(Updates.privateText(1105, "/مساعدة", "ar"));

        String html = reply(1105, 1).text();
        assertThat(html).contains("أنا صفقة");
        for (Command c : Command.values()) {
            if (!c.listed()) {
                continue;
            }
            Matcher m = Pattern.compile("\u2066(/" + c.id() + "[^\u2069\n]*)\u2069").matcher(html);
            assertThat(m.find()).as("/%s sent as one left-to-right piece", c.id()).isTrue();
            assertThat(m.group(1)).doesNotContain("\u2066", "\u2067", "\u2068");  // nothing between the slash and the name
        }
        assertThat(html).doesNotContain("/\u2068", "/\u2066");
    }

    @Test
    void the_command_menu_comes_from_the_conversations_commands_in_both_languages() throws Exception {
        List<FakeBotApi.Call> menus = h.api.awaitCount("setMyCommands", c -> true, 2, WAIT);

        for (FakeBotApi.Call menu : menus) {
            List<String> names = BotHarness.names(menu);
            assertThat(names).containsExactly(java.util.Arrays.stream(Command.values()).filter(Command::listed)
                    .map(Command::id).toArray(String[]::new));
        }
        assertThat(menus).anySatisfy(m -> assertThat(m.json().path("commands").toString()).contains("أهم أرقام الصفقة"));
    }
}
