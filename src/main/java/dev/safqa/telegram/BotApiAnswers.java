package dev.safqa.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Makes every answer the telegrambots client reads look like the Bot API's: {@code {"ok":...}}.
 *
 * <p>A proxy's 502 page, a server's {@code {"message":"..."}} 500 or an emulator that lacks a method
 * is not the Bot API's JSON, and the library reads {@code ok} as a Boolean it unboxes: on 9.6 the
 * NullPointerException escaped its callback thread and the call never completed (a setMyCommands at
 * start hung the bot before polling); on 10.2 the call fails with that NullPointerException, which
 * says nothing. Here such an answer becomes {@code {"ok":false,"error_code":<status>,"description":...}}
 * (a 2xx becomes 502), so every method fails the library's ordinary way, with the status and a
 * description saying that the address is not answering as a Bot API server.
 */
final class BotApiAnswers implements Interceptor {
    /** The start of every description this class makes, so a caller can tell it from Telegram's own. */
    static final String NOT_BOT_API = "not a Bot API answer";
    private static final MediaType JSON = MediaType.get("application/json");
    private static final long MAX_PEEK = 256 * 1024;
    private final ObjectMapper mapper = new ObjectMapper();

    @Override
    public Response intercept(Chain chain) throws IOException {
        Response response = chain.proceed(chain.request());
        String body;
        try {
            body = response.peekBody(MAX_PEEK).string();
        } catch (IOException e) {
            return response; // the library reports the broken read itself
        }
        if (isBotApi(body)) {
            return response;
        }
        int status = response.isSuccessful() ? 502 : response.code();
        ObjectNode error = mapper.createObjectNode();
        error.put("ok", false);
        error.put("error_code", status);
        error.put("description", NOT_BOT_API + " (HTTP " + response.code() + ", " + kind(response, body) + ")");
        response.close();
        return response.newBuilder().code(status).body(ResponseBody.create(mapper.writeValueAsString(error), JSON)).build();
    }

    private boolean isBotApi(String body) {
        try {
            JsonNode root = mapper.readTree(body);
            return root != null && root.isObject() && root.path("ok").isBoolean();
        } catch (IOException e) {
            return false;
        }
    }

    /** What came instead, without quoting it (a body may echo the request path, token included). */
    private static String kind(Response response, String body) {
        String type = response.header("Content-Type", "");
        if (body.isBlank()) {
            return "an empty body";
        }
        if (type.contains("html") || body.stripLeading().startsWith("<")) {
            return "an HTML page";
        }
        return body.stripLeading().startsWith("{") ? "JSON without \"ok\"" : "a body that is not JSON";
    }
}
