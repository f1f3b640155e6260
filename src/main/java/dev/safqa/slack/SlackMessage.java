package dev.safqa.slack;

import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * A message as Slack takes it: Block Kit blocks, and the plain {@code text} that notifications,
 * screen readers and old clients show instead.
 */
record SlackMessage(List<LayoutBlock> blocks, String text) {
    SlackMessage {
        blocks = List.copyOf(blocks);
    }
}
