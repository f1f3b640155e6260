package dev.safqa.limits;

/**
 * An inbound limit on questions per key (a chat, a Slack user): in this process
 * ({@link RateLimiter}), or in the database, so that it holds whichever replica answers.
 */
public interface QuestionLimit {
    /** True and counted if the key is under its limit; false (and not counted) otherwise. */
    boolean tryAcquire(String key);

    Pacer.Rate rate();
}
