package dev.safqa.answer;

import dev.safqa.text.Language;

/**
 * Everything Safqa says in its own words, in both languages. Declines never state a figure: only
 * a cited answer may.
 */
public final class Replies {
    private Replies() {
    }

    public static String notInArticle(Language l) {
        return l == Language.AR
                ? "لا تذكر المقالة ذلك، ولا أجيب إلا بما فيها."
                : "The article doesn't say that, and I only answer from the article.";
    }

    public static String notCovered(Language l, String what) {
        return l == Language.AR
                ? "لا تذكر المقالة " + what + "، ولا أجيب إلا بما فيها."
                : "The article doesn't give " + what + ", and I only answer from the article.";
    }

    public static String notAbout(Language l, String name) {
        return l == Language.AR
                ? "المقالة عن استثمار ميتا في Scale AI، ولا تتناول " + name + "."
                : "The article is about Meta's investment in Scale AI; it doesn't cover " + name + ".";
    }

    /** A name or thing the article never mentions ("Wiz", "the EU"). */
    public static String notMentioned(Language l, String name) {
        return l == Language.AR
                ? "لا تذكر المقالة " + name + "، ولا أجيب إلا بما فيها."
                : "The article doesn't mention " + name + ", and I only answer from the article.";
    }

    /** A question asking for a view or a prediction. */
    public static String noOpinion(Language l) {
        return l == Language.AR
                ? "لا أبدي رأيًا ولا أتوقع؛ أنقل فقط ما تقوله المقالة."
                : "I don't give opinions or predictions; I only say what the article states.";
    }

    /** Before the article's figure, when a claim agrees with it. */
    public static String yes(Language l) {
        return l == Language.AR ? "نعم، " : "Yes: ";
    }

    /** Before the article's figure, when a claim contradicts it. */
    public static String no(Language l) {
        return l == Language.AR ? "لا، " : "No: ";
    }

    /** Asking which of two readings was meant. */
    public static String clarify(Language l) {
        return l == Language.AR
                ? "سؤالك يحتمل أكثر من معنى. أيّ هذه تقصد؟"
                : "Your question could mean more than one thing. Which do you mean?";
    }

    /**
     * One part of a several-part question that the article does not answer. The part is not
     * quoted back: it may hold a figure, and a reply states no figure its citation lacks.
     */
    public static String partNotAnswered(Language l) {
        return l == Language.AR
                ? "ولا تجيب المقالة عن بقية سؤالك."
                : "The article doesn't answer the rest of your question.";
    }

    public static String offTopic(Language l) {
        return l == Language.AR
                ? "أجيب فقط عن أسئلة حول استثمار ميتا في Scale AI، من المقالة التي لدي."
                : "I only answer questions about Meta's investment in Scale AI, from the article I have.";
    }

    public static String greeting(Language l) {
        return l == Language.AR
                ? "أهلًا! أجيب عن أسئلة حول صفقة ميتا وScale AI، مع ذكر الفقرة التي جاء منها الجواب."
                : "Hello! I answer questions about the Meta and Scale AI deal, citing the paragraph each answer comes from.";
    }

    public static String empty(Language l) {
        return l == Language.AR
                ? "اكتب سؤالك عن صفقة ميتا وScale AI، بالعربية أو بالإنجليزية."
                : "Type a question about the Meta and Scale AI deal, in English or Arabic.";
    }

    public static String tooLong(Language l, int max) {
        return l == Language.AR
                ? "رسالتك طويلة جدًا لتكون سؤالًا (أكثر من " + max + " حرف). اطرح سؤالًا واحدًا قصيرًا من فضلك."
                : "That is too long for a question (over " + max + " characters). Please ask one short question.";
    }

    /** A chat or user over the question limit. */
    public static String tooManyQuestions(Language l, int perMinute) {
        return l == Language.AR
                ? "أسئلة كثيرة في وقت قصير! أستطيع الإجابة عن " + perMinute + " سؤالًا في الدقيقة، فانتظر قليلًا ثم اسأل من جديد."
                : "That's a lot of questions at once! I answer up to " + perMinute + " a minute; please wait a moment and ask again.";
    }

    /** Something failed on our side; never the details. */
    public static String apology(Language l) {
        return l == Language.AR
                ? "عذرًا، حدث خطأ من جهتي. حاول مرة أخرى بعد قليل."
                : "Sorry, something went wrong on my side. Please try again in a moment.";
    }

    public static String thanksForFeedback(Language l) {
        return l == Language.AR ? "شكرًا على رأيك!" : "Thanks for the feedback!";
    }

    public static String keyFactsTitle(Language l) {
        return l == Language.AR ? "أهم أرقام الصفقة" : "The deal at a glance";
    }

    public static String tryAsking(Language l) {
        return l == Language.AR ? "يمكنك أن تسأل:" : "You could ask:";
    }

    public static String sourceLabel(Language l, int paragraph) {
        return l == Language.AR ? "المصدر: الفقرة " + paragraph : "Source: paragraph " + paragraph;
    }
}
