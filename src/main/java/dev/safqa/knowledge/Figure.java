package dev.safqa.knowledge;

/**
 * One figure a fact states: {@code value} as written in the answers ("14.8"), its {@code unit}
 * ("billion USD"), its kind, the concept it is about (a lexicon concept id, or null), and whose
 * measure it is (a lexicon entity id, or null): $29 billion is Scale AI's valuation, not Meta's.
 */
public record Figure(String value, String unit, FigureKind kind, String about, String of) {
    public Figure(String value, String unit, FigureKind kind, String about) {
        this(value, unit, kind, about, null);
    }
}
