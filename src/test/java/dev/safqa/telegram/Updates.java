package dev.safqa.telegram;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/** Update JSON as the Bot API sends it (field names and shapes from core.telegram.org/bots/api). */
public final class Updates {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int DATE = 1_718_000_000;

    private Updates() {
    }

    static ObjectNode user(long id, String languageCode) {
        ObjectNode u = JSON.createObjectNode().put("id", id).put("is_bot", false).put("first_name", "Lina");
        if (languageCode != null) {
            u.put("language_code", languageCode);
        }
        return u;
    }

    static ObjectNode bot() {
        return JSON.createObjectNode().put("id", FakeBotApi.BOT_ID).put("is_bot", true).put("first_name", "Safqa")
                .put("username", FakeBotApi.BOT_USERNAME);
    }

    static ObjectNode privateChat(long id) {
        return JSON.createObjectNode().put("id", id).put("first_name", "Lina").put("type", "private");
    }

    static ObjectNode group(long id) {
        return JSON.createObjectNode().put("id", id).put("title", "Deal watchers").put("type", "supergroup");
    }

    static ObjectNode channel(long id) {
        return JSON.createObjectNode().put("id", id).put("title", "Deal news").put("type", "channel");
    }

    static ObjectNode message(int messageId, ObjectNode from, ObjectNode chat, String text) {
        ObjectNode m = JSON.createObjectNode().put("message_id", messageId);
        if (from != null) {
            m.set("from", from);
        }
        m.set("chat", chat);
        m.put("date", DATE);
        if (text != null) {
            m.put("text", text);
            if (text.startsWith("/")) {
                int end = text.indexOf(' ');
                m.putArray("entities").addObject().put("type", "bot_command").put("offset", 0)
                        .put("length", end < 0 ? text.length() : end);
            }
        }
        return m;
    }

    public static ObjectNode privateText(long chatId, String text, String languageCode) {
        return wrap("message", message(11, user(chatId, languageCode), privateChat(chatId), text));
    }

    static ObjectNode groupText(long chatId, int messageId, String text) {
        ObjectNode m = message(messageId, user(42, "en"), group(chatId), text);
        int at = text.indexOf("@" + FakeBotApi.BOT_USERNAME);
        if (at >= 0) {
            m.putArray("entities").addObject().put("type", "mention").put("offset", at)
                    .put("length", FakeBotApi.BOT_USERNAME.length() + 1);
        }
        return wrap("message", m);
    }

    /** A message in a supergroup from user {@code userId} (language "en"). */
    static ObjectNode groupMessageFrom(long chatId, long userId, int messageId, String text) {
        return wrap("message", message(messageId, user(userId, "en"), group(chatId), text));
    }

    /**
     * A message an administrator of the group posted anonymously: it comes "from" Telegram's
     * GroupAnonymousBot, on behalf of the group itself ({@code sender_chat}).
     */
    static ObjectNode anonymousAdminMessage(long chatId, int messageId, String text) {
        ObjectNode anonymous = JSON.createObjectNode().put("id", 1087968824L).put("is_bot", true)
                .put("first_name", "Group").put("username", "GroupAnonymousBot");
        ObjectNode m = message(messageId, anonymous, group(chatId), text);
        m.set("sender_chat", group(chatId));
        return wrap("message", m);
    }

    static ObjectNode groupReplyToBot(long chatId, int messageId, String text) {
        ObjectNode m = message(messageId, user(42, "en"), group(chatId), text);
        m.set("reply_to_message", message(4000, bot(), group(chatId), "An earlier answer"));
        return wrap("message", m);
    }

    static ObjectNode channelPost(long chatId, int messageId, String text) {
        return wrap("channel_post", message(messageId, null, channel(chatId), text));
    }

    static ObjectNode sticker(long chatId) {
        ObjectNode m = message(12, user(chatId, "ar"), privateChat(chatId), null);
        m.putObject("sticker").put("file_id", "CAACAgIAAxkBAAIB").put("file_unique_id", "AgADxQ").put("type", "regular")
                .put("width", 512).put("height", 512).put("is_animated", false).put("is_video", false);
        return wrap("message", m);
    }

    static ObjectNode edited(long chatId, String text) {
        ObjectNode m = message(13, user(chatId, "en"), privateChat(chatId), text);
        m.put("edit_date", DATE + 60);
        return wrap("edited_message", m);
    }

    static ObjectNode inline(String queryId, long userId, String query) {
        ObjectNode q = JSON.createObjectNode().put("id", queryId);
        q.set("from", user(userId, "en"));
        q.put("query", query).put("offset", "").put("chat_type", "private");
        return wrap("inline_query", q);
    }

    static ObjectNode callback(String queryId, long userId, long chatId, int messageId, String data) {
        ObjectNode q = JSON.createObjectNode().put("id", queryId);
        q.set("from", user(userId, "en"));
        q.set("message", message(messageId, bot(), privateChat(chatId), "The answer"));
        q.put("chat_instance", "-7031").put("data", data);
        return wrap("callback_query", q);
    }

    /** A tap by {@code userId} on a button under the bot's message {@code messageId} in a supergroup. */
    static ObjectNode groupCallback(String queryId, long userId, long chatId, int messageId, String data) {
        ObjectNode q = JSON.createObjectNode().put("id", queryId);
        q.set("from", user(userId, "en"));
        q.set("message", message(messageId, bot(), group(chatId), "The answer"));
        q.put("chat_instance", "-7032").put("data", data);
        return wrap("callback_query", q);
    }

    static ObjectNode kicked(long chatId) {
        ObjectNode c = JSON.createObjectNode();
        c.set("chat", privateChat(chatId));
        c.set("from", user(chatId, "en"));
        c.put("date", DATE);
        c.putObject("old_chat_member").put("status", "member").set("user", bot());
        c.putObject("new_chat_member").put("status", "kicked").put("until_date", 0).set("user", bot());
        return wrap("my_chat_member", c);
    }

    private static ObjectNode wrap(String kind, ObjectNode value) {
        ObjectNode u = JSON.createObjectNode();
        u.set(kind, value);
        return u;
    }
}
