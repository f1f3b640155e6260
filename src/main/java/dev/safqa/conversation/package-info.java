/**
 * The conversation between the chat platforms and the core: {@link dev.safqa.conversation.Conversation#handle}
 * takes a {@link dev.safqa.conversation.Turn} (what any platform gives: who, where, what was said or
 * tapped) and returns a {@link dev.safqa.conversation.Reply} (what to say, platform-neutral). It owns
 * the one command grammar, the language decision, the per-chat question limit, follow-ups, choices,
 * feedback and subscriptions. Telegram, Slack and the console only parse, hand over, render and send.
 */
package dev.safqa.conversation;
