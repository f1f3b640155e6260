package dev.safqa.slack;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;

/** Slack payloads as Slack sends them, trimmed to the fields Bolt and Safqa read. */
final class Payloads {
    private Payloads() {
    }

    static String mention(String eventId, String channel, String ts, String threadTs, String text) {
        return callback(eventId, event("app_mention", null, channel, "U0001", ts, threadTs, text));
    }

    static String directMessage(String eventId, String channel, String user, String threadTs, String text) {
        return callback(eventId, event("message", "im", channel, user, "1700000000.000050", threadTs, text));
    }

    /** A message in a channel (message.channels), in the thread of {@code threadTs} when not null. */
    static String channelMessage(String eventId, String channel, String ts, String threadTs, String text) {
        return callback(eventId, event("message", "channel", channel, "U0001", ts, threadTs, text));
    }

    /** A bot's message in a channel thread: Safqa's own answer comes back this way under message.channels. */
    static String botInThread(String eventId, String channel, String user, String botId, String ts, String threadTs, String text) {
        JsonObject ev = event("message", "channel", channel, user, ts, threadTs, text);
        ev.addProperty("bot_id", botId);
        return callback(eventId, ev);
    }

    private static JsonObject event(String type, String channelType, String channel, String user, String ts, String threadTs,
                                    String text) {
        JsonObject ev = new JsonObject();
        ev.addProperty("type", type);
        ev.addProperty("channel", channel);
        if (channelType != null) {
            ev.addProperty("channel_type", channelType);
        }
        ev.addProperty("user", user);
        ev.addProperty("text", text);
        ev.addProperty("ts", ts);
        if (threadTs != null) {
            ev.addProperty("thread_ts", threadTs);
        }
        ev.addProperty("event_ts", ts);
        return ev;
    }

    private static String callback(String eventId, JsonObject ev) {
        JsonObject o = new JsonObject();
        o.addProperty("token", "legacy-verification-token");
        o.addProperty("team_id", "T0001");
        o.addProperty("api_app_id", "A0001");
        o.add("event", ev);
        o.addProperty("type", "event_callback");
        o.addProperty("event_id", eventId);
        o.addProperty("event_time", 1700000000);
        return o.toString();
    }

    static String blockAction(String actionId, String value, String responseUrl) {
        return blockAction(actionId, value, responseUrl, "C0001", "1700000000.000200", true, null);
    }

    /** A button tapped under the message {@code messageTs} in {@code channel} (in a thread when {@code threadTs}). */
    static String blockAction(String actionId, String value, String responseUrl, String channel, String messageTs,
                              boolean ephemeral, String threadTs) {
        JsonObject action = new JsonObject();
        action.addProperty("action_id", actionId);
        action.addProperty("block_id", "safqa_answer_actions");
        action.addProperty("type", "button");
        action.addProperty("value", value);
        action.addProperty("action_ts", "1700000001.000000");
        JsonArray actions = new JsonArray();
        actions.add(action);
        JsonObject o = new JsonObject();
        o.addProperty("type", "block_actions");
        o.add("user", JsonParser.parseString("{\"id\":\"U0001\",\"username\":\"reader\",\"team_id\":\"T0001\"}"));
        o.addProperty("api_app_id", "A0001");
        o.addProperty("token", "legacy-verification-token");
        JsonObject container = new JsonObject();
        container.addProperty("type", "message");
        container.addProperty("message_ts", messageTs);
        container.addProperty("channel_id", channel);
        container.addProperty("is_ephemeral", ephemeral);
        if (threadTs != null) {
            container.addProperty("thread_ts", threadTs);
        }
        o.add("container", container);
        o.addProperty("trigger_id", "123.456.def");
        o.add("team", JsonParser.parseString("{\"id\":\"T0001\",\"domain\":\"safqa-test\"}"));
        o.add("channel", JsonParser.parseString("{\"id\":\"" + channel + "\",\"name\":\"general\"}"));
        o.addProperty("response_url", responseUrl);
        o.add("actions", actions);
        return o.toString();
    }

    static String botMessage(String eventId, String user, String botId, String subtype, String text) {
        JsonObject ev = new JsonObject();
        ev.addProperty("type", "message");
        if (subtype != null) {
            ev.addProperty("subtype", subtype);
        }
        ev.addProperty("channel", "D0001");
        ev.addProperty("channel_type", "im");
        if (user != null) {
            ev.addProperty("user", user);
        }
        ev.addProperty("bot_id", botId);
        ev.addProperty("text", text);
        ev.addProperty("ts", "1700000000.000600");
        return callback(eventId, ev);
    }

    static String edited(String eventId, String text) {
        JsonObject ev = new JsonObject();
        ev.addProperty("type", "message");
        ev.addProperty("subtype", "message_changed");
        ev.addProperty("channel", "D0001");
        ev.addProperty("channel_type", "im");
        ev.add("message", JsonParser.parseString("{\"type\":\"message\",\"user\":\"U0001\",\"ts\":\"1700000000.000800\"}"));
        ev.getAsJsonObject("message").addProperty("text", text);
        ev.addProperty("ts", "1700000000.000900");
        return callback(eventId, ev);
    }
}
