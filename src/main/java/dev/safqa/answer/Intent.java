package dev.safqa.answer;

/** What kind of answer a question wants. */
public enum Intent {
    /** how much / how big / كم: an amount, its kind set by what is asked about. */
    AMOUNT,
    PERCENT,
    AGE,
    COUNT,
    WHEN,
    WHO,
    WHY,
    HOW,
    /** is / did / هل: answered by the fact that settles it. */
    YES_NO,
    WHAT,
    /** No question word: a fragment like "Scale AI valuation". */
    ANY
}
