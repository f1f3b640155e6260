package dev.safqa.telegram;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.telegram.telegrambots.meta.api.objects.Update;

/**
 * Reads updates one by one, so one bad update cannot take the others with it.
 *
 * <p>telegrambots 10.2 (as 9.6) reads a getUpdates answer as one list: {@code Update} does not ignore unknown
 * fields, so a batch holding an update kind newer than the library, or one malformed update, fails
 * whole; the poller then backs off and asks for the same offset again, forever. Here an update that
 * does not read becomes an empty {@code Update} carrying only its {@code update_id}: the offset still
 * moves past it, and the handler logs and skips it as an unknown kind.
 */
final class UpdateParser {
    private static final Logger log = LoggerFactory.getLogger(UpdateParser.class);

    private final ObjectMapper mapper = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    /** Null when the node is not an update at all (no numeric update_id). */
    Update parse(JsonNode node) {
        JsonNode id = node == null ? null : node.get("update_id");
        if (id == null || !id.canConvertToInt()) {
            log.warn("skipping an update without a numeric update_id");
            return null;
        }
        try {
            return mapper.treeToValue(node, Update.class);
        } catch (Exception e) {
            // the exception text may quote the update (user text): keep it out of the log
            log.warn("update {} could not be read ({}); skipped", id.asInt(), e.getClass().getSimpleName());
            Update placeholder = new Update();
            placeholder.setUpdateId(id.asInt());
            return placeholder;
        }
    }

    Update parse(String json) {
        try {
            return parse(mapper.readTree(json));
        } catch (Exception e) {
            log.warn("an update body that is not JSON was skipped ({})", e.getClass().getSimpleName());
            return null;
        }
    }

    List<Update> parseAll(JsonNode array) {
        List<Update> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            for (JsonNode n : array) {
                Update u = parse(n);
                if (u != null) {
                    out.add(u);
                }
            }
        }
        return out;
    }

    ObjectMapper mapper() {
        return mapper;
    }
}
