package dev.safqa.slack;

import dev.safqa.answer.Guide;
import dev.safqa.text.Language;

/**
 * What the Slack adapter says that the core's {@link dev.safqa.answer.Replies} and
 * {@link dev.safqa.answer.Guide} do not: Slack's own command syntax, buttons, and the notes about
 * limits and failures.
 */
final class Wording {
    private Wording() {
    }




    static String share(Language l) {
        return l == Language.AR ? "مشاركة في القناة" : "Share in channel";
    }

    static String sharedBy(Language l, String userId) {
        return (l == Language.AR ? "شاركه " : "Shared by ") + "<@" + userId + ">";
    }

    static String helpful(Language l) {
        return l == Language.AR ? "👍 مفيد" : "👍 Helpful";
    }

    static String notHelpful(Language l) {
        return l == Language.AR ? "👎 غير مفيد" : "👎 Not helpful";
    }

    static String langUsage(Language l) {
        return l == Language.AR
                ? "الاستخدام: ‎/safqa lang ar أو en أو auto"
                : "Usage: /safqa lang ar, /safqa lang en or /safqa lang auto";
    }

    static String paragraphHeading(Language l, int n) {
        return l == Language.AR ? "الفقرة " + n : "Paragraph " + n;
    }


    /** After /safqa subscribe in a channel: the notes are posted by the bot, which must be in the channel. */
    static String inviteHint(Language l) {
        return l == Language.AR
                ? "تُنشر التنبيهات في هذه القناة باسم Safqa، فإن لم يكن عضوًا فيها بعد فأضفه: ‎/invite @Safqa"
                : "The notes are posted here by Safqa: if it is not a member of this channel yet, add it with /invite @Safqa.";
    }

    /** One help line per command, in Slack's syntax: "ask" is the bare {@code /safqa <question>}. */
    static String commandLine(Guide.Command c, Language l) {
        String usage = c.name().equals("ask")
                ? "/safqa " + c.args()
                : ("/safqa " + c.name() + " " + c.args()).strip();
        return "• `" + SlackText.escape(usage) + "`  " + c.description(l);
    }
}
