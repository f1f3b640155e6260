package dev.safqa.telegram;

import dev.safqa.text.Language;

/**
 * The few things only a chat adapter says (button labels, the question limit, the hint for a
 * sticker), in both languages. They are platform-neutral in spirit and could move to
 * {@link dev.safqa.answer.Replies} once the Slack adapter needs the same words.
 */
final class TelegramTexts {
    private TelegramTexts() {
    }

    static String sourceButton(Language l) {
        return l == Language.AR ? "المصدر" : "Source";
    }

    static String limited(Language l, int perMinute) {
        return l == Language.AR
                ? "أسئلة كثيرة في وقت قصير! أستطيع الإجابة عن " + perMinute + " سؤالًا في الدقيقة لكل محادثة، فانتظر قليلًا ثم اسأل من جديد."
                : "That's a lot of questions at once! I answer up to " + perMinute
                  + " a minute per chat; please wait a moment and ask again.";
    }

    static String nonText(Language l) {
        return l == Language.AR
                ? "أفهم الرسائل النصية فقط. اكتب سؤالك عن صفقة ميتا وScale AI، أو أرسل ‎/help."
                : "I only read text. Type a question about the Meta and Scale AI deal, or send /help.";
    }

    static String adminCheckFailed(Language l) {
        return l == Language.AR
                ? "تعذّر التحقق الآن من أنك مشرف في هذه المجموعة؛ حاول مرة أخرى بعد قليل."
                : "I couldn't check just now whether you are an administrator of this group; please try again in a moment.";
    }

    static String feedbackThanks(Language l) {
        return l == Language.AR ? "شكرًا على رأيك!" : "Thanks for the feedback!";
    }

    static String sourceGone(Language l) {
        return l == Language.AR
                ? "لم تعد هذه الإجابة في المعرفة الحالية؛ اسأل من جديد."
                : "That answer is no longer in the current knowledge; please ask again.";
    }

    static String settingNotSaved(Language l) {
        return l == Language.AR
                ? "تعذّر حفظ الإعداد الآن؛ حاول مرة أخرى لاحقًا."
                : "I couldn't save that setting just now; please try again later.";
    }

    static String factsTitle(Language l) {
        return l == Language.AR ? "أهم أرقام الصفقة:" : "The deal at a glance:";
    }

    static String paragraphsHint(Language l, int count) {
        return l == Language.AR
                ? "للمقالة " + count + " فقرات: ‎/source 1 إلى ‎/source " + count
                : "The article has " + count + " paragraphs: /source 1 to /source " + count;
    }

    static String inlineTitle(Language l) {
        return l == Language.AR ? "صفقة: الإجابة" : "Safqa: answer";
    }

    static String inlineRelatedTitle(Language l) {
        return l == Language.AR ? "صفقة: معلومة ذات صلة" : "Safqa: related fact";
    }

    static String inlinePrompt(Language l) {
        return l == Language.AR ? "اسأل عن صفقة ميتا وScale AI" : "Ask about the Meta and Scale AI deal";
    }
}
