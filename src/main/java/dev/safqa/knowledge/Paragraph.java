package dev.safqa.knowledge;

/** A real paragraph of an article, numbered from 1 after the page furniture is removed. */
public record Paragraph(int number, String text) {
}
