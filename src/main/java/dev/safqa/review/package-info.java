/**
 * The review loop: the questions Safqa kept because it declined them, had to clarify them, or got a
 * 👎 for them ({@code learning.keep-questions}) are listed for an editor grouped by similarity
 * ({@link dev.safqa.review.ReviewList}), and one accepted becomes an alternate question of a fact in
 * {@code knowledge/*.questions.yaml} ({@link dev.safqa.review.QuestionsFile}), which a running bot
 * reloads. The commands are {@code safqa review} and {@code safqa review accept}.
 */
package dev.safqa.review;
