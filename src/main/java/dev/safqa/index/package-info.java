/**
 * Search: the bilingual analyzer (Arabic normalisation and proclitics, English stemming, one chain
 * for mixed text), the Lucene index of facts built in memory, the lexicon matcher that turns words
 * into entities and concepts, and the speller that forgives one-letter typos.
 */
package dev.safqa.index;
