/** Scoring the answerer on bilingual question sets: `safqa eval FILE` and the golden test. */
package dev.safqa.eval;
