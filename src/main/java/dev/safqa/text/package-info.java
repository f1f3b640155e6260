/**
 * Plain-string text handling shared by the whole core: the two languages, telling them apart,
 * and folding Arabic spellings and digits so that what people type compares equal to the article.
 * Nothing here knows about the article or Lucene.
 */
package dev.safqa.text;
