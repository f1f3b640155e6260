package dev.safqa.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a setting accepts, read from a YAML node (typed: {@code 8080} is a number, {@code "8080"} is
 * not) or from an environment variable (always text). Problems are worded for the person editing
 * the file: the value found and what is allowed.
 */
abstract class ValueType<T> {
    /** A value the type refuses; the message says why and what is allowed. */
    static final class Invalid extends Exception {
        private static final long serialVersionUID = 1L;

        Invalid(String message) {
            super(message);
        }
    }

    /** "a whole number from 0 to 65535", "true or false"... */
    abstract String allowed();

    /** Reads an environment variable or a built-in default. */
    abstract T fromText(String text) throws Invalid;

    /** Reads a YAML value; by default only a string is accepted. */
    T fromNode(JsonNode node) throws Invalid {
        if (node.isNull()) {
            return fromNull();
        }
        if (!node.isTextual()) {
            throw wrongType(node);
        }
        return fromText(node.textValue());
    }

    /** {@code key:} with nothing after it. */
    T fromNull() throws Invalid {
        throw new Invalid("has no value; allowed: " + allowed());
    }

    final Invalid wrongType(JsonNode node) {
        return new Invalid("wrong type: expected " + allowed() + ", got " + describe(node));
    }

    final Invalid notAllowed(String text) {
        return new Invalid(quote(text) + " is not allowed; allowed: " + allowed());
    }

    static String describe(JsonNode node) {
        if (node.isTextual()) {
            return "the string " + quote(node.textValue());
        } else if (node.isNumber()) {
            return "the number " + node.asText();
        } else if (node.isBoolean()) {
            return "the boolean " + node.asText();
        } else if (node.isArray()) {
            return "a list";
        } else if (node.isObject()) {
            return "a mapping";
        }
        return node.getNodeType().toString().toLowerCase(Locale.ROOT);
    }

    static String quote(String text) {
        return "\"" + text + "\"";
    }

    static ValueType<Integer> integer(int min, int max) {
        return new ValueType<>() {
            @Override
            String allowed() {
                return "a whole number from " + min + " to " + max;
            }

            @Override
            Integer fromText(String text) throws Invalid {
                long value;
                try {
                    value = Long.parseLong(text.strip());
                } catch (NumberFormatException e) {
                    throw new Invalid(quote(text) + " is not a whole number; allowed: " + allowed());
                }
                return inRange(value, text.strip());
            }

            @Override
            Integer fromNode(JsonNode node) throws Invalid {
                if (node.isNull()) {
                    return fromNull();
                }
                if (!node.isIntegralNumber()) {
                    throw wrongType(node);
                }
                if (!node.canConvertToLong()) {
                    throw new Invalid(node.asText() + " is out of range; allowed: " + allowed());
                }
                return inRange(node.longValue(), node.asText());
            }

            private Integer inRange(long value, String shown) throws Invalid {
                if (value < min || value > max) {
                    throw new Invalid(shown + " is out of range; allowed: " + allowed());
                }
                return (int) value;
            }
        };
    }

    static ValueType<Boolean> bool() {
        return new ValueType<>() {
            @Override
            String allowed() {
                return "true or false";
            }

            @Override
            Boolean fromText(String text) throws Invalid {
                String t = text.strip().toLowerCase(Locale.ROOT);
                if (t.equals("true") || t.equals("false")) {
                    return Boolean.valueOf(t);
                }
                throw notAllowed(text);
            }

            @Override
            Boolean fromNode(JsonNode node) throws Invalid {
                if (node.isNull()) {
                    return fromNull();
                }
                if (!node.isBoolean()) {
                    throw wrongType(node);
                }
                return node.booleanValue();
            }
        };
    }

    /** "500ms", "10s", "2m", "1h": a unit is required, so "10" is never read as the wrong one. */
    static ValueType<Duration> duration(Duration min, Duration max) {
        Pattern form = Pattern.compile("(\\d{1,9})(ms|s|m|h)");
        return new ValueType<>() {
            @Override
            String allowed() {
                return "a duration with a unit (500ms, 10s, 2m, 1h) from " + show(min) + " to " + show(max);
            }

            @Override
            Duration fromText(String text) throws Invalid {
                Matcher m = form.matcher(text.strip());
                if (!m.matches()) {
                    throw new Invalid(quote(text) + " is not a duration; allowed: " + allowed());
                }
                long n = Long.parseLong(m.group(1));
                Duration d = switch (m.group(2)) {
                    case "ms" -> Duration.ofMillis(n);
                    case "s" -> Duration.ofSeconds(n);
                    case "m" -> Duration.ofMinutes(n);
                    default -> Duration.ofHours(n);
                };
                if (d.compareTo(min) < 0 || d.compareTo(max) > 0) {
                    throw new Invalid(text.strip() + " is out of range; allowed: " + allowed());
                }
                return d;
            }

            private String show(Duration d) {
                if (d.toMillis() % 1000 != 0) {
                    return d.toMillis() + "ms";
                }
                long s = d.toSeconds();
                return s % 3600 == 0 && s > 0 ? s / 3600 + "h" : s % 60 == 0 && s > 0 ? s / 60 + "m" : s + "s";
            }
        };
    }

    /** One of a fixed set of words, case-insensitive; the value is the canonical spelling. */
    static ValueType<String> oneOf(List<String> choices) {
        return new ValueType<>() {
            @Override
            String allowed() {
                return String.join(", ", choices);
            }

            @Override
            String fromText(String text) throws Invalid {
                for (String c : choices) {
                    if (c.equalsIgnoreCase(text.strip())) {
                        return c;
                    }
                }
                throw notAllowed(text);
            }
        };
    }

    /** Text matching {@code pattern}; with {@code optional}, empty (or no value) reads as null. */
    static ValueType<String> text(Pattern pattern, String description, boolean optional) {
        return new ValueType<>() {
            @Override
            String allowed() {
                return description + (optional ? ", or empty" : "");
            }

            @Override
            String fromText(String text) throws Invalid {
                String t = text.strip();
                if (t.isEmpty() && optional) {
                    return null;
                }
                if (!pattern.matcher(t).matches()) {
                    throw notAllowed(text);
                }
                return t;
            }

            @Override
            String fromNull() throws Invalid {
                return optional ? null : super.fromNull();
            }
        };
    }

    /**
     * A PostgreSQL JDBC URL, or empty (null). A bad one is not quoted back: it may carry a password.
     */
    static ValueType<String> databaseUrl() {
        Pattern pattern = Pattern.compile("jdbc:postgresql://[^\\s/?]+(/[^\\s?]*)?(\\?\\S*)?");
        return new ValueType<>() {
            @Override
            String allowed() {
                return "a PostgreSQL JDBC URL, jdbc:postgresql://host:port/name, or empty for SQLite";
            }

            @Override
            String fromText(String text) throws Invalid {
                String t = text.strip();
                if (t.isEmpty()) {
                    return null;
                }
                if (!pattern.matcher(t).matches()) {
                    throw new Invalid("the value (not shown: it may hold a password) is not allowed; allowed: " + allowed());
                }
                return t;
            }

            @Override
            String fromNull() {
                return null;
            }
        };
    }

    static ValueType<Path> path() {
        return new ValueType<>() {
            @Override
            String allowed() {
                return "a folder path";
            }

            @Override
            Path fromText(String text) throws Invalid {
                if (text.isBlank()) {
                    throw notAllowed(text);
                }
                try {
                    return Path.of(text.strip());
                } catch (InvalidPathException e) {
                    throw new Invalid(quote(text) + " is not a path (" + e.getReason() + "); allowed: " + allowed());
                }
            }
        };
    }

    /** An absolute http(s) URL; with {@code optional}, empty (or no value) reads as null. */
    static ValueType<URI> url(boolean optional) {
        return url(optional, false);
    }

    /** An absolute https URL, for a platform that only calls HTTPS (Telegram's webhooks). */
    static ValueType<URI> httpsUrl(boolean optional) {
        return url(optional, true);
    }

    private static ValueType<URI> url(boolean optional, boolean httpsOnly) {
        return new ValueType<>() {
            @Override
            String allowed() {
                return (httpsOnly ? "a public https:// URL (Telegram only calls HTTPS webhooks)"
                        : "an absolute http:// or https:// URL") + (optional ? ", or empty" : "");
            }

            @Override
            URI fromText(String text) throws Invalid {
                String t = text.strip();
                if (t.isEmpty() && optional) {
                    return null;
                }
                try {
                    URI uri = new URI(t);
                    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
                    if ((scheme.equals("https") || scheme.equals("http") && !httpsOnly) && uri.getHost() != null) {
                        return uri;
                    }
                } catch (URISyntaxException e) {
                    // reported below, with what is allowed
                }
                throw notAllowed(text);
            }

            @Override
            URI fromNull() throws Invalid {
                return optional ? null : super.fromNull();
            }
        };
    }
}
