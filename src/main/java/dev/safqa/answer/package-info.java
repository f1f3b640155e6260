/**
 * Answering: read a question (language, dialect, typos, what it asks for, what it names), find the
 * facts that could answer it, keep only those that really cover it, and say the answer with its
 * citation, or say politely that the article does not answer it. The platform adapters call
 * {@link dev.safqa.answer.Answerer} and render what it returns; nothing here knows a platform.
 */
package dev.safqa.answer;
