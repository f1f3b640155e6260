package dev.safqa.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a candidate fact's features become the probability that it answers the question, and what
 * probability it takes to answer: a logistic regression whose weights are fitted on labelled
 * questions ({@code safqa train}, see {@link dev.safqa.eval.Trainer}) and kept in
 * {@code scoring.json} beside this class, never in code.
 *
 * @param weights   one weight per feature of {@link Features#NAMES}, plus "bias"
 * @param answer    the least probability at which the best fact is stated
 * @param clarify   when the runner-up (a different answer) is within this of the best in log-odds, ask which
 * @param pin       the least probability at which a question naming something unknown is still answered
 * @param fuller    the least probability at which a fact naming more of the people or companies a plural
 *                  who-question asks for answers instead of the best one ("which companies left?")
 * @param slots     how much each kind of question part weighs in coverage (entity, known word, unknown word)
 */
public record Scoring(Map<String, Double> weights, double answer, double clarify, double pin, double fuller,
                      Map<String, Double> slots) {
    public static final String RESOURCE = "scoring.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    public Scoring {
        weights = Map.copyOf(weights);
        slots = Map.copyOf(slots);
    }

    private static final Scoring DEFAULT = load();

    /** The fitted scoring shipped in the jar. */
    public static Scoring standard() {
        return DEFAULT;
    }

    private static Scoring load() {
        try (InputStream in = Scoring.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is part of the jar");
            }
            return fromJson(JSON.readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Scoring fromJson(JsonNode n) {
        Map<String, Double> w = new LinkedHashMap<>();
        n.path("weights").fields().forEachRemaining(e -> w.put(e.getKey(), e.getValue().asDouble()));
        Map<String, Double> s = new LinkedHashMap<>();
        n.path("slots").fields().forEachRemaining(e -> s.put(e.getKey(), e.getValue().asDouble()));
        return new Scoring(w, n.path("answer").asDouble(0.5), n.path("clarify").asDouble(0.1),
                n.path("pin").asDouble(0.95), n.path("fuller").asDouble(1.0), s);
    }

    public ObjectNode toJson() {
        ObjectNode o = JSON.createObjectNode();
        ObjectNode w = o.putObject("weights");
        weights.forEach(w::put);
        o.put("answer", answer).put("clarify", clarify).put("pin", pin).put("fuller", fuller);
        ObjectNode s = o.putObject("slots");
        slots.forEach(s::put);
        return o;
    }

    /** The same model with other weights and thresholds (what training produces). */
    public Scoring with(Map<String, Double> newWeights, double newAnswer, double newClarify) {
        return new Scoring(newWeights, newAnswer, newClarify, pin, fuller, slots);
    }

    double slot(String name) {
        Double v = slots.get(name);
        if (v == null) {
            throw new IllegalStateException(RESOURCE + " has no slot weight '" + name + "'");
        }
        return v;
    }

    /** The features' names, in the order of a candidate's feature vector. */
    public static List<String> featureNames() {
        return Features.NAMES;
    }

    /** The probability that a fact with these features answers the question. */
    public double probability(double[] features) {
        double z = weights.getOrDefault("bias", 0.0);
        for (int i = 0; i < features.length; i++) {
            z += weights.getOrDefault(Features.NAMES.get(i), 0.0) * features[i];
        }
        return 1 / (1 + Math.exp(-z));
    }

    /** Weights in the order of {@link Features#NAMES}, bias last (for training). */
    public double[] vector() {
        List<Double> out = new ArrayList<>();
        Features.NAMES.forEach(name -> out.add(weights.getOrDefault(name, 0.0)));
        out.add(weights.getOrDefault("bias", 0.0));
        return out.stream().mapToDouble(Double::doubleValue).toArray();
    }
}
