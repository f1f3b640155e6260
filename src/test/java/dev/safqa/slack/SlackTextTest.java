package dev.safqa.slack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SlackTextTest {
    @Test
    void escape_neutralises_the_three_mrkdwn_characters() {
        assertThat(SlackText.escape("a & b")).isEqualTo("a &amp; b"); // ampersand first
        assertThat(SlackText.escape("<!channel>")).isEqualTo("&lt;!channel&gt;"); // no broadcast
        assertThat(SlackText.escape("<https://evil|click>")).isEqualTo("&lt;https://evil|click&gt;"); // no link
    }

    @Test
    void question_drops_mentions_and_broadcasts() {
        assertThat(SlackText.question("<@UBOT> how much?")).isEqualTo("how much?"); // bot mention
        assertThat(SlackText.question("<@UBOT|safqa> how much?")).isEqualTo("how much?"); // labelled mention
        assertThat(SlackText.question("<!here> how much?")).isEqualTo("how much?"); // broadcast
    }

    @Test
    void question_keeps_the_labels_of_channels_and_links() {
        assertThat(SlackText.question("see <#C123|deals>")).isEqualTo("see #deals"); // channel
        assertThat(SlackText.question("<https://scale.com|Scale AI> worth?")).isEqualTo("Scale AI worth?"); // labelled link
        assertThat(SlackText.question("<https://scale.com> worth?")).isEqualTo("https://scale.com worth?"); // bare link
    }

    @Test
    void question_decodes_slack_entities_after_the_markup() {
        assertThat(SlackText.question("R&amp;D &lt;b&gt;")).isEqualTo("R&D <b>"); // typed text, not markup
        assertThat(SlackText.question("<@UBOT> كم استثمرت ميتا؟")).isEqualTo("كم استثمرت ميتا؟"); // Arabic kept
        assertThat(SlackText.question(null)).isEmpty();
    }

    @Test
    void shorten_cuts_at_a_word_with_an_ellipsis() {
        assertThat(SlackText.shorten("one two three", 9)).isEqualTo("one two…");
        assertThat(SlackText.shorten("short", 9)).isEqualTo("short");
    }
}
