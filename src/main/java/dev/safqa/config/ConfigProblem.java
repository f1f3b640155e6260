package dev.safqa.config;

/**
 * One thing wrong with the configuration.
 *
 * @param source  where the value came from: the file's path, or "environment variable NAME"
 * @param key     the setting's key path ("http.port"), or empty for the file as a whole
 * @param problem what is wrong and what is allowed; never a secret's value
 */
public record ConfigProblem(String source, String key, String problem) {
    @Override
    public String toString() {
        return source + ": " + (key.isEmpty() ? "" : key + ": ") + problem;
    }
}
