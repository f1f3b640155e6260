package dev.safqa.storage;

/**
 * The inbound updates and events taken for answering, across every process on the database. A
 * platform delivers some of them twice (Telegram re-sends an update it got no 200 for; Slack retries
 * an event whose ack was slow, and a load balancer may hand each copy to a different replica): the
 * first to claim one answers it, the others drop it.
 */
public interface InboundLog {
    /**
     * Claims an update for answering: true the first time {@code id} is offered in {@code scope} (a
     * Telegram bot, a Slack app), false for a repeat, whichever process saw it first.
     */
    boolean claim(String platform, String scope, String id);
}
