package dev.safqa.answer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LinksTest {

    @Test
    void a_link_with_a_scheme_is_dropped() {
        assertThat(Links.without("what did meta pay? https://www.reuters.com/technology/meta-2025-06-13/").strip())
                .isEqualTo("what did meta pay?");
    }

    @Test
    void a_link_starting_www_is_dropped() {
        assertThat(Links.without("see www.example.com for it").strip()).isEqualTo("see   for it");
    }

    @Test
    void a_domain_with_a_path_is_dropped() {
        assertThat(Links.without("كم دفعت ميتا؟ aljazeera.net/news/2025/6/13/meta").strip()).isEqualTo("كم دفعت ميتا؟");
    }

    @Test
    void an_email_address_is_dropped() {
        assertThat(Links.without("mail bob@example.com how much").strip()).isEqualTo("mail   how much");
    }

    @Test
    void a_mention_is_no_email_address() {
        assertThat(Links.without("@safqa_bot how much did meta pay")).isEqualTo("@safqa_bot how much did meta pay");
    }

    @Test
    void a_slash_between_words_is_no_link() {
        assertThat(Links.without("did meta buy 49/100 of scale and/or its data?")).isEqualTo("did meta buy 49/100 of scale and/or its data?");
    }

    @Test
    void a_figure_with_a_decimal_point_is_no_domain() {
        assertThat(Links.without("was it 14.8/29 of the value?")).isEqualTo("was it 14.8/29 of the value?");
    }
}
