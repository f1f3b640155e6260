package dev.safqa.storage;

import static org.assertj.core.api.Assertions.assertThat;

import dev.safqa.text.Language;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/** On both databases: the embedded SQLite file and a real PostgreSQL. */
@ParameterizedClass(name = "{0}")
@EnumSource(Store.class)
class ChatSettingsTest {
    @Parameter
    Store store;
    @TempDir
    Path dir;
    private Database db;
    private ChatSettings settings;

    private final ChatKey group = new ChatKey("telegram", "-100123");

    @BeforeEach
    void open() {
        db = store.open(dir);
        settings = db.chatSettings();
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void a_chat_without_a_setting_is_automatic() {
        assertThat(settings.language(group)).isEmpty();
    }

    @Test
    void a_chosen_language_is_kept_per_chat() {
        settings.setLanguage(group, Language.AR);

        assertThat(settings.language(group)).contains(Language.AR);
    }

    @Test
    void choosing_again_replaces_the_language() {
        settings.setLanguage(group, Language.AR);
        settings.setLanguage(group, Language.EN);

        assertThat(settings.language(group)).contains(Language.EN);
    }

    @Test
    void null_goes_back_to_automatic() {
        settings.setLanguage(group, Language.AR);
        settings.setLanguage(group, null);

        assertThat(settings.language(group)).isEmpty();
    }

    @Test
    void the_same_chat_id_on_another_platform_is_another_chat() {
        settings.setLanguage(group, Language.AR);

        assertThat(settings.language(new ChatKey("slack", group.chatId()))).isEmpty();
    }
}
