package dev.safqa.config;

/**
 * One configuration key: its path in {@code safqa.yaml}, the environment variable that overrides it,
 * its built-in default (as it is written in the file) and what it accepts.
 */
record Setting<T>(String key, String env, String defaultValue, ValueType<T> type) {
    /** The section the key is in ("http" for "http.port"), or "" at the top level. */
    String section() {
        int dot = key.lastIndexOf('.');
        return dot < 0 ? "" : key.substring(0, dot);
    }

    /** The key's own name ("port" for "http.port"). */
    String name() {
        return key.substring(key.lastIndexOf('.') + 1);
    }
}
