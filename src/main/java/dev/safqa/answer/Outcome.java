package dev.safqa.answer;

/** How a question was handled. Only {@link #ANSWERED} states anything from the article. */
public enum Outcome {
    ANSWERED,
    /** Two facts fit about equally and say different things: it asks which was meant. */
    CLARIFY,
    /** On topic, but the article does not say (a figure it lacks, another deal...). */
    NOT_IN_ARTICLE,
    /** Nothing to do with the article. */
    OFF_TOPIC,
    /** Hello, thanks: answered with a greeting and what to ask. */
    SMALL_TALK,
    EMPTY,
    TOO_LONG
}
