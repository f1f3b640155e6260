/**
 * Limits shared by the platforms: {@link dev.safqa.limits.RateLimiter} for questions coming in (per
 * chat or user, refuse when over), {@link dev.safqa.limits.Pacer} for messages going out (per chat,
 * per group, overall; wait when over, pause on 429).
 */
package dev.safqa.limits;
