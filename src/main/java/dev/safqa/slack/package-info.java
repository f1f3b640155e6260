/**
 * The Slack adapter (Bolt 1.51.0): it parses, hands over, renders and sends. {@code /safqa <text>},
 * mentions (answered in a thread under them), direct messages, replies in a thread Safqa answered in, and
 * the 👍/👎, "Share in channel" and choice buttons become {@link dev.safqa.conversation.Turn}s for the
 * {@link dev.safqa.conversation.Conversation}, which owns the commands, the language, the limits and the
 * wording; {@link dev.safqa.slack.SlackRenderer} turns its {@link dev.safqa.conversation.Reply} into
 * Block Kit. The notes about knowledge changes are posted by {@code SlackNoticeSender}
 * ({@link dev.safqa.slack.SlackApp#notices()}) for the {@link dev.safqa.notify.Dispatcher}.
 *
 * <p>Two ways in, chosen by {@link dev.safqa.slack.SlackSettings}: Socket Mode (an {@code xapp-} token,
 * no public URL) or signed HTTP on Safqa's shared server ({@code POST /slack/events}), where
 * {@link dev.safqa.slack.SlackEventsRoute} checks the v0 signature over the UTF-8 body itself before
 * Bolt sees the request.
 */
package dev.safqa.slack;
