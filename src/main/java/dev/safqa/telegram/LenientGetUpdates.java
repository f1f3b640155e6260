package dev.safqa.telegram;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.telegram.telegrambots.meta.api.methods.updates.GetUpdates;
import org.telegram.telegrambots.meta.api.objects.Update;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;

/**
 * getUpdates whose answer is read update by update ({@link UpdateParser} says why). It serializes
 * exactly like {@link GetUpdates}: the subclass adds no fields.
 */
final class LenientGetUpdates extends GetUpdates {
    private static final long serialVersionUID = 1L;
    private static final UpdateParser PARSER = new UpdateParser();

    LenientGetUpdates(int offset, int limit, int timeoutSeconds, List<String> allowedUpdates) {
        super(offset, limit, timeoutSeconds, List.copyOf(allowedUpdates));
    }

    @Override
    public ArrayList<Update> deserializeResponse(String answer) throws TelegramApiRequestException {
        JsonNode root;
        try {
            root = PARSER.mapper().readTree(answer);
        } catch (Exception e) {
            throw new TelegramApiRequestException("Unable to deserialize response", e);
        }
        if (root == null || !root.path("ok").asBoolean(false) || !root.path("result").isArray()) {
            return super.deserializeResponse(answer);  // Telegram's error, reported the library's way
        }
        return new ArrayList<>(PARSER.parseAll(root.get("result")));
    }
}
