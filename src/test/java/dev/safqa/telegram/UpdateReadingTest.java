package dev.safqa.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/** Reading getUpdates answers and commands: where telegrambots' own reading falls short. */
class UpdateReadingTest {
    private static final String BATCH = "{\"ok\":true,\"result\":["
            + "{\"update_id\":1,\"message\":{\"message_id\":1,\"chat\":{\"id\":5,\"type\":\"private\"},\"date\":1,\"text\":\"hi\"}},"
            + "{\"update_id\":2,\"kind_from_the_future\":{\"x\":1}},"
            + "{\"update_id\":3,\"message\":{\"message_id\":{\"not\":\"a number\"},\"chat\":{\"id\":5,\"type\":\"private\"},\"date\":1}},"
            + "{\"update_id\":4,\"message\":{\"message_id\":2,\"chat\":{\"id\":5,\"type\":\"private\"},\"date\":1,\"text\":\"there\"}}]}";

    @Test
    void library_reading_loses_the_whole_batch_to_one_unknown_update_kind() {
        // the trap this adapter works around: the poller would ask for this batch again forever
        assertThatThrownBy(() -> new GetUpdates().deserializeResponse(BATCH)).isInstanceOf(TelegramApiRequestException.class);
    }

    @Test
    void lenient_reading_keeps_good_updates_and_placeholders_for_bad_ones() throws Exception {
        List<Update> updates = new LenientGetUpdates(1, 100, 1, List.of("message")).deserializeResponse(BATCH);

        assertThat(updates).extracting(Update::getUpdateId).containsExactly(1, 2, 3, 4);
        assertThat(updates.get(0).getMessage().getText()).isEqualTo("hi");
        assertThat(updates.get(2).hasMessage()).isFalse();  // unreadable: an empty placeholder, so the offset moves on
        assertThat(updates.get(3).getMessage().getText()).isEqualTo("there");
    }

    @Test
    void lenient_get_updates_is_sent_like_the_library_one() throws Exception {
        var mapper = new com.fasterxml.jackson.databind.ObjectMapper();

        assertThat(mapper.writeValueAsString(new LenientGetUpdates(7, 100, 50, List.of("message"))))
                .isEqualTo(mapper.writeValueAsString(new GetUpdates(7, 100, 50, List.of("message"))));
    }

    @Test
    void an_error_answer_is_still_reported_as_telegram_error() {
        assertThatThrownBy(() -> new LenientGetUpdates(1, 100, 1, List.of()).deserializeResponse(
                FakeBotApi.error(409, "Conflict: terminated by other getUpdates request", null)))
                .isInstanceOf(TelegramApiRequestException.class).hasMessageContaining("409");
    }

    @Test
    void commands_are_read_with_their_bot_and_argument() {
        assertThat(CommandText.parse("/source@Safqa_bot 3")).contains(new CommandText("source", "Safqa_bot", "3"));
        assertThat(CommandText.parse("/ASK كم استثمرت ميتا؟")).contains(new CommandText("ASK", null, "كم استثمرت ميتا؟"));
        assertThat(CommandText.parse("/مساعدة")).contains(new CommandText("مساعدة", null, ""));  // the conversation reads Arabic names
        assertThat(CommandText.parse("hello /help")).isEmpty();
    }

    @Test
    void the_bot_suffix_is_stripped_for_the_conversation() {
        assertThat(CommandText.parse("/source@Safqa_bot 3").orElseThrow().withoutBot()).isEqualTo("/source 3");
        assertThat(CommandText.parse("/start@safqa_bot").orElseThrow().withoutBot()).isEqualTo("/start");
    }

    @Test
    void a_command_for_another_bot_is_not_ours() {
        assertThat(new CommandText("help", "other_bot", "").forAnotherBot("safqa_bot")).isTrue();
        assertThat(new CommandText("help", "SAFQA_BOT", "").forAnotherBot("safqa_bot")).isFalse();  // usernames ignore case
        assertThat(new CommandText("help", null, "").forAnotherBot("safqa_bot")).isFalse();
    }

    @Test
    void poll_back_off_honours_retry_after_and_never_gives_up() {
        PollBackOff b = new PollBackOff(java.time.Duration.ofMillis(100), java.time.Duration.ofMillis(400));
        b.retryAfter(java.time.Duration.ofSeconds(3));

        assertThat(b.nextBackOffMillis()).isEqualTo(3000);  // Telegram's retry_after wins
        for (int i = 0; i < 50; i++) {
            assertThat(b.nextBackOffMillis()).isBetween(0L, 480L);  // capped at max, plus 20% jitter
        }
        b.reset();
        assertThat(b.nextBackOffMillis()).isBetween(80L, 120L);
    }
}
