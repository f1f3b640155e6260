package dev.safqa.knowledge;

/**
 * One figure a fact states: {@code value} as written in the answers ("14.8"), its {@code unit}
 * ("billion USD"), its kind, and the concept it is about (a lexicon concept id, or null).
 */
public record Figure(String value, String unit, FigureKind kind, String about) {
}
