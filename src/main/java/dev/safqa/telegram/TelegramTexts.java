package dev.safqa.telegram;

import dev.safqa.text.Language;

/**
 * The few things only the Telegram adapter says (button labels, the hint for a sticker, inline
 * titles), in both languages; what every platform says is in {@link dev.safqa.answer.Replies}.
 */
final class TelegramTexts {
    private TelegramTexts() {
    }

    static String sourceButton(Language l) {
        return l == Language.AR ? "المصدر" : "Source";
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
