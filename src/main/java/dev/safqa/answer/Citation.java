package dev.safqa.answer;

/** Where an answer comes from: the article file, the paragraph number and the verbatim passage. */
public record Citation(String article, int paragraph, String text) {
}
