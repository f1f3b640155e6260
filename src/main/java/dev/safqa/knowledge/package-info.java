/**
 * The knowledge folder: articles as published, curated facts, the bilingual lexicon, and the
 * loader that validates them (every source verbatim in its paragraph, every figure in its source)
 * and names the file, entry and reason when something is wrong.
 */
package dev.safqa.knowledge;
