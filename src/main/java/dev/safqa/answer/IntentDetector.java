package dev.safqa.answer;

import dev.safqa.text.Language;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the question word(s): how much, how old, when, who, why... The rules run on folded text
 * (ArabicText.fold, dialect mapped), in order; the first that matches wins, so the specific ("كم
 * عمر", "how old") come before the general ("كم", "how").
 */
final class IntentDetector {
    private IntentDetector() {
    }

    private record Rule(Intent intent, Pattern pattern) {
    }

    private static Rule rule(Intent intent, String regex) {
        return new Rule(intent, Pattern.compile(regex, Pattern.UNICODE_CHARACTER_CLASS | Pattern.CASE_INSENSITIVE));
    }

    private static final String MONEY_EN = "(billions?|millions?|dollars?|bn|usd|money|cash|\\$)";
    private static final String MONEY_AR = "(مليار|مليارات|مليون|ملايين|دولار|دولارات)";

    private static final List<Rule> ENGLISH = List.of(
            rule(Intent.AGE, "\\bhow old\\b|\\bage\\b|\\baged\\b|\\bhow many years old\\b"),
            rule(Intent.AMOUNT, "\\bhow many " + MONEY_EN),
            rule(Intent.COUNT, "\\bhow many\\b|\\bnumber of\\b|\\bcount of\\b"),
            rule(Intent.PERCENT, "\\bwhat (percent|percentage|share|proportion|fraction|portion)\\b|\\bhow much of\\b"
                    + "|\\bpercent(age)?\\b|%"),
            rule(Intent.WHEN, "\\bwhen\\b|\\b(what|which) (year|month|date|day|time)\\b|\\bdate\\b|\\bhow long ago\\b"),
            rule(Intent.WHY, "\\bwhy\\b|\\breasons?\\b|\\bhow come\\b|\\bwhat (made|led|caused|prompted|drove|motivated)\\b"
                    + "|\\bwhat for\\b|\\bpurpose\\b"),
            rule(Intent.AMOUNT, "\\bhow (much|big|large|high|expensive)\\b|\\bwhat (is |was )?the (size|amount|price|cost|sum|figure)\\b"
                    + "|\\bwhat('s| is| was) .*\\b(worth|valued)\\b|\\bhow much\\b"),
            rule(Intent.WHO, "\\bwho(m|se|'s)?\\b|\\bwhich (company|companies|firms?|labs?|person|people|customers?|rivals?|executive)\\b"),
            rule(Intent.HOW, "\\bhow\\b"),
            rule(Intent.YES_NO, "^\\W*(is|are|was|were|did|does|do|has|have|had|will|would|can|could|should)\\b"),
            rule(Intent.WHAT, "\\b(what|which|whats|tell me|explain|describe)\\b"));

    private static final List<Rule> ARABIC = List.of(
            rule(Intent.AGE, "\\b(ال)?عمر(ه|ها)?\\b|\\bسن\\b"),
            rule(Intent.AMOUNT, "\\bكم\\b.*\\b(عدد)\\b.*" + MONEY_AR),
            rule(Intent.COUNT, "\\b(كم عدد|عدد)\\b"),
            rule(Intent.PERCENT, "\\b(كم|ما|ماهي) (هي )?(ال)?(نسبه|حصه)\\b|بالمئه|بالميه|في المئه|%"),
            rule(Intent.WHEN, "\\bمتي\\b|\\b(في )?اي (عام|سنه|شهر|تاريخ|وقت|يوم)\\b|\\bتاريخ\\b"),
            rule(Intent.WHY, "\\bلماذا\\b|^\\W*(لم|لما)\\b|\\b(ما|وما) (هو |هي )?(ال)?(سبب|اسباب|دافع|هدف)\\b|\\bسبب\\b|\\bلاي سبب\\b"),
            rule(Intent.AMOUNT, "\\bكم\\b|\\bبكم\\b|\\b(ما|ماهو|ماهي) (هو |هي )?(ال)?(حجم|قيمه|مقدار|مبلغ|سعر|ثمن|كلفه|تكلفه)\\b"),
            rule(Intent.WHO, "^\\W*(من|ومن)\\b|\\bمن (هو|هي|هم)\\b|\\b(اي|ما|ماهي)\\s+(هي\\s+|هم\\s+)?(ال)?(شركات|شركه|مختبرات|جهات|عملاء|شخص)\\b"),
            rule(Intent.HOW, "\\bكيف\\b"),
            rule(Intent.YES_NO, "^\\W*(هل|وهل)\\b"),
            rule(Intent.WHAT, "\\b(ما|ماذا|ماهو|ماهي|اي|عن ماذا)\\b"));

    static Intent detect(String folded, Language language) {
        // A question in one language may use the other's question word ("Scale AI كم قيمة"): try its own first
        List<Rule> first = language == Language.AR ? ARABIC : ENGLISH;
        List<Rule> second = language == Language.AR ? ENGLISH : ARABIC;
        for (List<Rule> rules : List.of(first, second)) {
            for (Rule r : rules) {
                if (r.pattern().matcher(folded).find()) {
                    return r.intent();
                }
            }
        }
        return Intent.ANY;
    }
}
