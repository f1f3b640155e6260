package dev.safqa.answer;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Knowledge;
import dev.safqa.knowledge.Paragraph;
import dev.safqa.text.Language;
import java.util.List;
import java.util.Optional;

/**
 * What the bot says about itself and its knowledge, platform-neutral: the help text, the key
 * figures, a paragraph by number. Adapters only render these.
 */
public final class Guide {
    private Guide() {
    }

    /** The commands every platform offers, with their descriptions, in order. */
    public record Command(String name, String args, String en, String ar) {
        public String description(Language l) {
            return l == Language.AR ? ar : en;
        }
    }

    public static final List<Command> COMMANDS = List.of(
            new Command("ask", "<question>", "Ask about the Meta and Scale AI deal", "اسأل عن صفقة ميتا وScale AI"),
            new Command("facts", "", "The key figures of the deal", "أهم أرقام الصفقة"),
            new Command("source", "[n]", "Show paragraph n of the article", "اعرض الفقرة n من المقالة"),
            new Command("lang", "ar|en|auto", "Answer language for this chat", "لغة الإجابة في هذه المحادثة"),
            new Command("subscribe", "", "Get a note when the deal's facts change", "تلقَّ تنبيهًا عند تغيّر معلومات الصفقة"),
            new Command("unsubscribe", "", "Stop those notes", "أوقف التنبيهات"),
            new Command("help", "", "How to use Safqa", "طريقة الاستخدام"));

    public static String intro(Language l) {
        return l == Language.AR
                ? "أنا صفقة: أجيب عن أسئلة حول استثمار ميتا في Scale AI، بالعربية أو الإنجليزية، من مقالة إخبارية واحدة، "
                  + "وأذكر الفقرة التي جاء منها كل جواب. إن لم تذكر المقالة شيئًا قلت ذلك."
                : "I'm Safqa: I answer questions about Meta's investment in Scale AI, in English or Arabic, from one "
                  + "news article, and cite the paragraph each answer comes from. If the article doesn't say, I say so.";
    }

    /**
     * Curated facts led by an amount or a date, in article order, one per figure: the deal at a
     * glance. (A year of context or a model's version number is not a key figure.)
     */
    public static List<Fact> keyFacts(Knowledge k) {
        List<Fact> out = new java.util.ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fact f : k.curatedFacts()) {
            if (f.figures().isEmpty()) {
                continue;
            }
            dev.safqa.knowledge.Figure lead = f.figures().get(0);
            boolean key = lead.kind().isAmount() || lead.kind() == dev.safqa.knowledge.FigureKind.DATE;
            if (key && seen.add(lead.value() + "|" + lead.about())) {
                out.add(f);
            }
        }
        return out;
    }

    /** A figure as a reader scans it in a list: "14.8 billion USD", "49%", "June 2025". */
    public static String figureLabel(dev.safqa.knowledge.Figure f) {
        return switch (f.kind()) {
            case PERCENT -> f.value() + "%";
            case DATE, YEAR, VERSION -> f.value();
            default -> (f.value() + " " + f.unit()).strip();
        };
    }

    public static Optional<Paragraph> paragraph(Knowledge k, int number) {
        return k.mainArticle().paragraph(number);
    }

    public static int paragraphCount(Knowledge k) {
        return k.mainArticle().paragraphs().size();
    }

    public static String noSuchParagraph(Language l, int count) {
        return l == Language.AR
                ? "لا توجد فقرة بهذا الرقم. للمقالة " + count + " فقرات (من 1 إلى " + count + ")."
                : "There is no such paragraph. The article has " + count + " paragraphs (1 to " + count + ").";
    }

    public static String languageSet(Language chosen, boolean auto) {
        if (auto) {
            return "OK: I will answer in the language of each question. / حسنًا: سأجيب بلغة كل سؤال.";
        }
        return chosen == Language.AR ? "حسنًا: سأجيب بالعربية في هذه المحادثة." : "OK: I will answer in English in this chat.";
    }

    public static String languageUsage(Language l) {
        return l == Language.AR ? "الاستخدام: ‎/lang ar أو en أو auto" : "Usage: /lang ar, /lang en or /lang auto";
    }
}
