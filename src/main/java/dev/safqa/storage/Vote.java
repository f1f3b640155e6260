package dev.safqa.storage;

/** A 👍 or a 👎 on an answer. */
public enum Vote {
    UP,
    DOWN
}
