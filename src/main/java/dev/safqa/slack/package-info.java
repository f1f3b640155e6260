/**
 * The Slack adapter (Bolt 1.51.0): {@code /safqa} slash commands, mentions answered in their thread,
 * direct messages, and the 👍/👎 and "Share in channel" buttons. It only translates Slack payloads into
 * questions for {@link dev.safqa.answer.Answerer} and renders the answers as Block Kit.
 * {@code /safqa subscribe|unsubscribe} go to {@link dev.safqa.slack.SubscriptionCommands}; the
 * notes themselves are posted by {@code SlackNoticeSender} ({@link dev.safqa.slack.SlackApp#notices()})
 * for the {@link dev.safqa.notify.Dispatcher}.
 *
 * <p>Two ways in, chosen by {@link dev.safqa.slack.SlackSettings}: Socket Mode (an {@code xapp-} token,
 * no public URL) or signed HTTP on Safqa's shared server ({@code POST /slack/events}), where
 * {@link dev.safqa.slack.SlackEventsRoute} checks the v0 signature over the UTF-8 body itself before
 * Bolt sees the request.
 */
package dev.safqa.slack;
