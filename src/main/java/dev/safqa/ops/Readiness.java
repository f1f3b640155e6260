package dev.safqa.ops;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BooleanSupplier;

/** Whether Safqa can answer now: every named check must pass. Backs {@code GET /readyz}. */
public final class Readiness {
    public static final String OK = "ok";
    public static final String FAILING = "failing";

    /** One condition, such as "database" or "telegram"; a check that throws is failing. */
    public record Check(String name, BooleanSupplier passes) {
    }

    /**
     * @param checks each check's name and "ok" or "failing", in order
     */
    public record Report(boolean ready, Map<String, String> checks) {
        public Report {
            checks = Map.copyOf(checks);
        }

        public List<String> failing() {
            return checks.entrySet().stream().filter(e -> !e.getValue().equals(OK)).map(Map.Entry::getKey).sorted().toList();
        }

        /** {@code {"ready":false,"failing":["telegram"],"checks":{"database":"ok",...}}} */
        public String json() {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("ready", ready);
            body.put("failing", failing());
            body.put("checks", new TreeMap<>(checks));
            try {
                return JSON.writeValueAsString(body) + "\n";
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a map of strings is always JSON", e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private final List<Check> checks;

    public Readiness(List<Check> checks) {
        this.checks = List.copyOf(checks);
    }

    public Report evaluate() {
        Map<String, String> results = new LinkedHashMap<>();
        boolean ready = true;
        for (Check c : checks) {
            boolean passes;
            try {
                passes = c.passes().getAsBoolean();
            } catch (RuntimeException e) {
                passes = false;
            }
            results.put(c.name(), passes ? OK : FAILING);
            ready &= passes;
        }
        return new Report(ready, results);
    }
}
