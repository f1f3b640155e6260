package dev.safqa.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Arabic typed in Latin letters and digits, as chats are full of ("kam dafa3at meta?", "3omr wang
 * kam?"): written back in Arabic letters, so that it is read, and answered, as the Arabic it is.
 *
 * <p>No library does this for the dialects (transliteration libraries go the other way, from
 * Arabic script, or need a language model), so it is a small table: the digits that stand for the
 * letters Latin lacks (3 ع, 7 ح, 2 ء, 5 خ...), the letter pairs (sh ش, kh خ, gh غ), long vowels
 * written and short ones dropped, as Arabic writes them; and the common short words whose vowels
 * the rules cannot guess (leh ليه, shu شو, ana انا). The speller then mends what is near a known
 * word. Names the knowledge knows in Latin letters ("meta", "scale", "wang") stay as they are.
 *
 * <p>A message is read as Arabizi only on evidence: a word with a letter digit in it ("dafa3at",
 * not "4th" or "14.8bn"), or one of the short words, and no sentence of plain English.
 */
public final class Arabizi {
    private Arabizi() {
    }

    /** Short words whose vowels the rules cannot guess: the question words, pronouns and particles of chats. */
    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("kam", "كم"), Map.entry("kamm", "كم"), Map.entry("bkam", "بكم"), Map.entry("b2addesh", "بقديش"),
            Map.entry("addesh", "قديش"), Map.entry("adesh", "قديش"), Map.entry("2adesh", "قديش"), Map.entry("2addesh", "قديش"),
            Map.entry("adaish", "قديش"), Map.entry("9adesh", "قديش"), Map.entry("kaddesh", "قديش"),
            Map.entry("shu", "شو"), Map.entry("sho", "شو"), Map.entry("shou", "شو"), Map.entry("chou", "شو"), Map.entry("shoo", "شو"),
            Map.entry("eh", "ايه"), Map.entry("eih", "ايه"), Map.entry("esh", "ايش"), Map.entry("eish", "ايش"), Map.entry("aish", "ايش"),
            Map.entry("wesh", "وش"), Map.entry("wish", "وش"), Map.entry("shno", "شنو"), Map.entry("shnu", "شنو"), Map.entry("chno", "شنو"),
            Map.entry("leh", "ليه"), Map.entry("lesh", "ليش"), Map.entry("laish", "ليش"), Map.entry("lish", "ليش"), Map.entry("laysh", "ليش"),
            Map.entry("meen", "مين"), Map.entry("mein", "مين"), Map.entry("minu", "منو"), Map.entry("mnu", "منو"),
            Map.entry("wein", "وين"), Map.entry("wen", "وين"), Map.entry("fein", "فين"), Map.entry("fen", "فين"),
            Map.entry("feen", "فين"), Map.entry("fain", "فين"),
            Map.entry("emta", "امتى"), Map.entry("emtah", "امتى"), Map.entry("imta", "امتى"), Map.entry("emteh", "امتى"),
            Map.entry("keef", "كيف"), Map.entry("kif", "كيف"), Map.entry("kaif", "كيف"), Map.entry("ezay", "ازاي"), Map.entry("ezzay", "ازاي"),
            Map.entry("izzay", "ازاي"), Map.entry("kifash", "كيفاش"), Map.entry("hal", "هل"), Map.entry("ya3ni", "يعني"),
            Map.entry("yaani", "يعني"), Map.entry("yani", "يعني"), Map.entry("ana", "انا"), Map.entry("enta", "انت"), Map.entry("inta", "انت"),
            Map.entry("enti", "انتي"), Map.entry("huwa", "هو"), Map.entry("howa", "هو"), Map.entry("hiya", "هي"), Map.entry("heya", "هي"),
            Map.entry("homa", "هم"), Map.entry("hum", "هم"), Map.entry("ma", "ما"), Map.entry("la", "لا"), Map.entry("fi", "في"),
            Map.entry("fe", "في"), Map.entry("min", "من"), Map.entry("men", "من"), Map.entry("mn", "من"), Map.entry("3ala", "على"),
            Map.entry("3an", "عن"), Map.entry("ma3", "مع"), Map.entry("w", "و"), Map.entry("wa", "و"), Map.entry("el", "ال"),
            Map.entry("il", "ال"), Map.entry("al", "ال"), Map.entry("ya", "يا"), Map.entry("illi", "اللي"), Map.entry("elli", "اللي"),
            Map.entry("eli", "اللي"), Map.entry("lli", "اللي"), Map.entry("hay", "هاي"), Map.entry("hayda", "هيدا"), Map.entry("hada", "هذا"),
            Map.entry("hatha", "هذا"), Map.entry("da", "ده"), Map.entry("di", "دي"), Map.entry("sar", "صار"), Map.entry("sa7", "صح"),
            Map.entry("sah", "صح"), Map.entry("mish", "مش"), Map.entry("msh", "مش"), Map.entry("mesh", "مش"), Map.entry("bas", "بس"),
            Map.entry("kaman", "كمان"), Map.entry("kamen", "كمان"), Map.entry("ba3d", "بعد"), Map.entry("2abl", "قبل"), Map.entry("abl", "قبل"),
            Map.entry("sherke", "شركة"), Map.entry("shirka", "شركة"), Map.entry("sharika", "شركة"), Map.entry("safa2a", "صفقة"),
            Map.entry("sa2el", "سؤال"),
            // "about", "roughly" before a figure: the rules' تقربن is no word, so the figure read loosely
            // was read exactly ("meta dafa3et ta2riban 15 milyar?" is about right, no "No")
            Map.entry("ta2riban", "تقريبا"), Map.entry("ta2reban", "تقريبا"), Map.entry("ta2reeban", "تقريبا"),
            Map.entry("taqriban", "تقريبا"),
            // "started" (بدأ): the 2 is its hamza, and the rules' ق makes بدق, a word nothing knows, which the
            // hamza's guess does not mend (folded, بدأ is بدا, "it seemed"): "el AI bada2 emta?"
            Map.entry("bada2", "بدأ"), Map.entry("bade2", "بدأ"), Map.entry("bada2et", "بدأت"), Map.entry("bada2at", "بدأت"),
            // "3al" is على ال, "on the" ("3al AI" على الـAI); "taba3" is the Levantine "of" (تبع), not تابع (subordinate)
            Map.entry("3al", "على"), Map.entry("taba3", "تبع"), Map.entry("tab3", "تبع"),
            // Maghrebi "did...?" (واش) and "whole" (كاملة): "wach meta chrat scale kamla?"
            Map.entry("wach", "واش"), Map.entry("kamla", "كاملة"), Map.entry("kamlah", "كاملة"), Map.entry("kamel", "كامل"),
            Map.entry("kolha", "كلها"), Map.entry("kollha", "كلها"), Map.entry("kulha", "كلها"),
            // "was", "she was": the rules would drop the vowel that makes them كان, كانت
            Map.entry("kan", "كان"), Map.entry("kanet", "كانت"), Map.entry("kant", "كانت"), Map.entry("kanat", "كانت"),
            // Maghrebi "how much" and "who" written without a letter digit ("chhal dakhlat scale?", "chkoun
            // rass scale?"): no other sign may mark the message Arabizi; the Levantine "in" (bi)
            Map.entry("chhal", "شحال"), Map.entry("shhal", "شحال"), Map.entry("chkoun", "شكون"), Map.entry("chkon", "شكون"),
            Map.entry("shkoun", "شكون"), Map.entry("bi", "في"),
            // "in the", joined to its noun ("nesbet meta fel sharika" نسبة ميتا في الشركة): the rules' فل is no word
            Map.entry("fel", "في ال"), Map.entry("fil", "في ال"),
            // "coming" and "gone by", of a year or a month: the rules' جيه and فتت are no words ("el sana el
            // gaya" is السنة الجاية, next year; "el sana elli fatet", last year)
            Map.entry("gaya", "جاية"), Map.entry("gayya", "جاية"), Map.entry("gayah", "جاية"), Map.entry("jaye", "جاي"),
            Map.entry("jaya", "جاية"), Map.entry("jayeh", "جاية"), Map.entry("fatet", "فاتت"), Map.entry("fatit", "فاتت"),
            // spoken words with no letter digit whose vowels the rules drop or misplace, each enough to
            // mark a message Arabizi: "the name" (esm), "who/that" (elly), "still" (lessa), "which"
            // (ayya, Egyptian anhi), Iraqi "how much" (shgad) and "was" (chanat, چانت): "esm el model
            // elly lessa ma nezelsh?", "shgad chanat el eradat?" were read as English full of names; the
            // ones that are also given names are evidence only beside another sign (ALSO_ENGLISH)
            Map.entry("esm", "اسم"), Map.entry("elly", "اللي"), Map.entry("illy", "اللي"), Map.entry("lessa", "لسه"),
            Map.entry("lissa", "لسه"), Map.entry("lesa", "لسه"), Map.entry("ayya", "اي"), Map.entry("anhi", "انهي"),
            Map.entry("anhy", "انهي"), Map.entry("shgad", "شكد"), Map.entry("chgad", "شكد"), Map.entry("chanat", "كانت"),
            Map.entry("chanet", "كانت"),
            // "billion", "million", "rival" and "came out" spelt with no letter digit, no English words: the rules'
            // ملير and نزل miss a vowel or guess none ("el taqyeem 29 milyar?", "behemoth nezel?" were read
            // as English naming "milyar", "nezel")
            Map.entry("milyar", "مليار"), Map.entry("melyar", "مليار"), Map.entry("milyaar", "مليار"),
            Map.entry("milyoon", "مليون"), Map.entry("malyoon", "مليون"), Map.entry("malyon", "مليون"),
            Map.entry("mnafes", "منافس"), Map.entry("monafes", "منافس"), Map.entry("mnafis", "منافس"),
            Map.entry("nezel", "نزل"), Map.entry("nizil", "نزل"), Map.entry("nezlet", "نزلت"), Map.entry("nizlit", "نزلت"),
            // "going" (رايح): the rules drop its alif, and ريح (wind) and ريه are no word of the chat ("wang
            // ray7 feen?", "wang rayeh 3la meta leh?" were declined)
            Map.entry("ray7", "رايح"), Map.entry("raye7", "رايح"), Map.entry("rayi7", "رايح"), Map.entry("rayeh", "رايح"),
            Map.entry("rayih", "رايح"), Map.entry("ray7a", "رايحة"), Map.entry("raye7a", "رايحة"), Map.entry("ray7at", "رايحة"),
            // "stake" joined to what follows ("7esset meta": Meta's stake) is حصة: the rules read it as حسيت
            // (I felt), a word they know, so the ص the bare "7essa" gets is never tried
            Map.entry("7esset", "حصة"), Map.entry("7eset", "حصة"), Map.entry("7essit", "حصة"), Map.entry("7issit", "حصة"),
            Map.entry("7essat", "حصة"), Map.entry("7esat", "حصة"));

    /** The few that are words in English too: evidence only beside another sign. */
    private static final Set<String> ALSO_ENGLISH = Set.of("eh", "ma", "la", "fi", "min", "men", "w", "wa", "el", "al", "ya", "hal",
            "da", "di", "hum", "bas", "ana", "sah", "wen", "wish", "hay", "fe", "abl", "hiya", "mn", "howa", "bi",
            // and the ones that are names too ("Who is Elly Smith?" stays English)
            "elly", "illy", "lissa", "lesa");

    /**
     * The ones of those that are no English word at all, only a chat's ("howa", "el", "di"): two of
     * them together are evidence enough in a message with none of English's own short words
     * (ENGLISH_GLUE): "jason droege howa el founder?", "el safka di akbar safka min ayam eh?" were read
     * as English naming "howa" and "safka".
     */
    // (not "w", "wa": "and" opens a chat's follow-up in either language, "w/" is English shorthand)
    private static final Set<String> SPOKEN_ONLY = Set.of("el", "howa", "fi", "fe", "min", "di", "da", "bas", "abl",
            "sah", "la", "ma", "bi", "wen");
    /** English's own short words: a message with one is English, whatever chat words it holds. */
    private static final Set<String> ENGLISH_GLUE = Set.of("the", "a", "an", "is", "are", "was", "were", "be", "what", "who", "whom",
            "which", "did", "does", "do", "how", "and", "of", "to", "in", "on", "at", "it", "that", "this", "for", "with", "why",
            "when", "where", "has", "have", "had", "will", "would", "can", "i", "you", "he", "she", "they", "we", "not", "or", "so");

    private static final Pattern WORD = Pattern.compile("[A-Za-z0-9']+");
    /**
     * English words with a digit in them, no letter digits: "is Scale a b2b company?" is English
     * (read as Arabizi it was answered in Arabic, and "b2b" as "$2 billion").
     */
    private static final Set<String> LATIN_TOKENS = Set.of("b2b", "b2c", "c2c", "p2p", "e2e", "h2o", "m2m", "a2a",
            "g2g", "b2g", "web2", "web3", "mp3", "3d", "2d", "5g", "3g", "2fa", "ec2", "s3", "gpt3", "gpt5", "y2k", "w2", "k12");
    /** A capital after a small letter inside a word ("hG7kQ2", a pasted code) is no Arabizi, which is written in one case. */
    private static final Pattern MIXED_CASE = Pattern.compile("[a-z][A-Z]");
    /** A digit standing for a letter, beside a letter: "3omr", "dafa3at", "7a2", "ma3". */
    private static final Pattern LETTER_DIGIT = Pattern.compile("(?i)[a-z][235679]|[235679][a-z]");
    /** A figure with its unit or an ordinal: "14.8bn", "2b", "4th", "3rd", "5m", "10x". */
    private static final Pattern FIGURE = Pattern.compile("(?i)\\d+(?:st|nd|rd|th|bn|b|m|mn|k|x|s|pct|yo|yrs?|am|pm)");

    private static final String[][] PAIRS = {
            {"sh", "ش"}, {"ch", "ش"}, {"kh", "خ"}, {"gh", "غ"}, {"th", "ث"}, {"dh", "ذ"},
            {"aa", "ا"}, {"ee", "ي"}, {"ii", "ي"}, {"oo", "و"}, {"ou", "و"}, {"ai", "ي"}, {"ei", "ي"}, {"ay", "ي"},
    };
    private static final Map<Character, String> LETTERS = Map.ofEntries(
            // in the dialects 2 is mostly the glottal stop that stands for ق ("2ata3" قطع, "2eeme" قيمة)
            Map.entry('2', "ق"), Map.entry('3', "ع"), Map.entry('5', "خ"), Map.entry('6', "ط"), Map.entry('7', "ح"),
            Map.entry('8', "غ"), Map.entry('9', "ق"), Map.entry('b', "ب"), Map.entry('p', "ب"), Map.entry('t', "ت"),
            Map.entry('j', "ج"), Map.entry('g', "ج"), Map.entry('d', "د"), Map.entry('r', "ر"), Map.entry('z', "ز"),
            Map.entry('s', "س"), Map.entry('f', "ف"), Map.entry('v', "ف"), Map.entry('q', "ق"), Map.entry('k', "ك"),
            Map.entry('c', "ك"), Map.entry('l', "ل"), Map.entry('m', "م"), Map.entry('n', "ن"), Map.entry('h', "ه"),
            Map.entry('w', "و"), Map.entry('y', "ي"), Map.entry('x', "كس"));

    /**
     * The message in Arabic letters, if it is Arabizi; the words {@code keep} accepts (names the
     * knowledge knows in Latin letters) are left as they are.
     */
    public static Optional<String> toArabic(String text, Predicate<String> keep) {
        return toArabic(text, keep, w -> false);
    }

    /**
     * As {@link #toArabic(String, Predicate)}; a word {@code foreign} accepts (an English word:
     * "contracts ma3 el pentagon") is left in Latin letters too when it has no letter digit and the
     * letter rules make of it no word the knowledge knows: written in Arabic letters it would be an
     * unknown word among many, where in Latin letters, inside an Arabic question, it is a name the
     * article does not mention, as it is in an English question or in Arabic script.
     */
    public static Optional<String> toArabic(String text, Predicate<String> keep, Predicate<String> foreign) {
        if (text.isBlank() || LanguageDetector.detectLetters(text).orElse(Language.EN) == Language.AR) {
            return Optional.empty();
        }
        int evidence = 0;
        boolean strong = false;
        int words = 0;
        List<String> others = new ArrayList<>();
        Set<String> spoken = new java.util.HashSet<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            String w = m.group().toLowerCase(Locale.ROOT);
            words++;
            if (LETTER_DIGIT.matcher(w).find() && !FIGURE.matcher(w).matches() && !LATIN_TOKENS.contains(w)
                    && !MIXED_CASE.matcher(m.group()).find()) {
                // a letter digit is worth two signs: "sh7al khlsat meta f scale ai?" is Arabizi, though
                // the names the knowledge knows in Latin letters (meta, scale, ai) outnumber one sign
                evidence += 2;
                strong = true;
            } else if (WORDS.containsKey(w)) {
                evidence++;
                strong |= !ALSO_ENGLISH.contains(w);
                if (SPOKEN_ONLY.contains(w)) {
                    spoken.add(w);
                }
            } else {
                others.add(w);
            }
        }
        strong |= spoken.size() >= 2 && others.stream().noneMatch(ENGLISH_GLUE::contains);
        if (!strong || evidence == 0 || words == 0) {
            return Optional.empty();
        }
        // "what did meta pay, la?" has one sign in a sentence of English: no Arabizi (the words are
        // looked up only now: most messages have no sign at all)
        int english = 0;
        for (String w : others) {
            if (keep.test(w) && !w.matches("\\d+")) {
                english++;
            }
        }
        if (english > evidence + 1) {
            return Optional.empty();
        }
        StringBuilder out = new StringBuilder();
        Matcher w = WORD.matcher(text);
        int last = 0;
        while (w.find()) {
            out.append(text, last, w.start());
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            // a noun the knowledge knows only with its article is known: "el jdid" is الجديد
            Predicate<String> known = a -> keep.test(ArabicText.fold(a)) || keep.test(ArabicText.fold("ال" + a));
            String arabic = lower.matches("[0-9.,]+") || FIGURE.matcher(lower).matches()
                    || !WORDS.containsKey(lower) && keep.test(lower) ? null : arabic(lower, known);
            out.append(arabic == null || !WORDS.containsKey(lower) && !LETTER_DIGIT.matcher(lower).find()
                    && !known.test(arabic) && foreign.test(lower) ? word : arabic);
            last = w.end();
        }
        out.append(text.substring(last));
        // the article "el" is joined to its noun, as Arabic writes it: "el sharika" -> "الشركة"
        return Optional.of(out.toString().replaceAll("(^|\\s)ال\\s+(?=\\p{IsArabic})", "$1ال").replace('?', '؟'));
    }

    /** Where the letter rules guess, at most this many guesses are tried again the other way. */
    private static final int MAX_GUESSES = 6;

    /**
     * One word, by the letter rules; when the knowledge does not know what they give, the spelling
     * it knows that the fewest other guesses give: a short vowel written long ("9imtha" قيمتها,
     * "daba" دابا), a last "a" written ا rather than ة, a last "o" as the plural وا ("dafa3o" دفعوا), "th" and "dh" as ت or د then ه rather than ث or ذ
     * ("-tha" is تها, her; "3andha" عندها). Only a word the knowledge (or the dialect map) knows is taken.
     */
    static String arabic(String word, Predicate<String> known) {
        String first = arabic(word);
        if (WORDS.containsKey(word) || known.test(first)) {
            return first;
        }
        String guessed = guessed(word, known);
        if (guessed != null) {
            return guessed;
        }
        // only then the readings the letter rules never take, where they make nothing known: 2 as
        // the hamza of a standard word ("mo2asses" مؤسس, not مقسس), a first i written long
        // ("iradat" إيرادات: the rules write a first vowel as a bare alef)
        for (String variant : variants(word)) {
            String other = arabic(variant);
            other = known.test(other) ? other : guessed(variant, known);
            if (other != null) {
                return other;
            }
        }
        // the Maghrebi article is a bare l glued to its noun: "l9ima" is القيمة, not لقمة
        if (word.length() > 3 && word.charAt(0) == 'l' && "aeioul'".indexOf(word.charAt(1)) < 0) {
            String noun = arabic(word.substring(1));
            noun = known.test(noun) ? noun : guessed(word.substring(1), known);
            if (noun != null && known.test("ال" + noun)) {
                return "ال" + noun;
            }
        }
        return first;
    }

    /** The hamza's seats, for a 2 that is no ق: a letter the rules write as it is. */
    private static final String HAMZAS = "أؤئء";

    /** The word with a 2 read as each hamza, or a first i or e written long ("ii" is ي after the first alef). */
    private static List<String> variants(String word) {
        List<String> out = new ArrayList<>(5);
        if (word.indexOf('2') > 0) {
            for (char hamza : HAMZAS.toCharArray()) {
                out.add(word.replace('2', hamza));
            }
        }
        if (word.length() > 3 && (word.charAt(0) == 'i' || word.charAt(0) == 'e') && "aeiouy".indexOf(word.charAt(1)) < 0) {
            out.add(word.charAt(0) + word);
        }
        // a noun in ة before the one it is of says its t ("nesbet meta" نسبة ميتا, "2imat scale" قيمة سكيل):
        // the rules' ت makes a word nothing knows, the ة of its bare form one the knowledge knows
        if (word.length() > 4 && word.matches(".*[^aeiou][aei]t")) {
            out.add(word.substring(0, word.length() - 2) + "a");
        }
        return out;
    }

    /** The spelling the knowledge knows that the fewest other guesses of the letter rules give, or null. */
    private static String guessed(String word, Predicate<String> known) {
        // the vowels first; only then t, s, d, z as the emphatic letters Latin lacks ("2ate3et" قطعت,
        // "hatsraf" هتصرف), so that a vowel's guess is never passed over for a letter's
        for (boolean emphatics : new boolean[] {false, true}) {
            int guesses = Math.min(MAX_GUESSES, guesses(word, emphatics));
            List<Integer> ways = new java.util.ArrayList<>();
            // (way 0 too when "th" is read ذ there: no other letter need change, "tanfeethi" تنفيذي)
            for (int way = emphatics && word.contains("th") ? 0 : 1; way < 1 << guesses; way++) {
                ways.add(way);
            }
            ways.sort(java.util.Comparator.comparingInt(Integer::bitCount));
            for (int way : ways) {
                String other = spell(word, way, new int[1], emphatics);
                if (known.test(other)) {
                    return other;
                }
            }
        }
        return null;
    }

    /**
     * The emphatic or throat letter each plain one may stand for, with no digit of its own in most
     * chats: t ط, s ص ("7essa" حصة), d ض, z ظ, h ح ("howa" هو but "hobb" حب).
     */
    private static final Map<Character, String> EMPHATIC = Map.of('t', "ط", 's', "ص", 'd', "ض", 'z', "ظ", 'h', "ح");
    /** The other letter "th" stands for, tried with the emphatic ones (see {@link #guessed}). */
    private static final String THAL = "ذ";

    /** One word: from the table, or by the letter rules. */
    static String arabic(String word) {
        String known = WORDS.get(word);
        return known != null ? known : spell(word, 0);
    }

    /** How many places in a word the letter rules guess at (see {@link #spell}). */
    private static int guesses(String word, boolean emphatics) {
        int[] places = new int[1];
        spell(word, 0, places, emphatics);
        return places[0];
    }

    private static String spell(String word, int way) {
        return spell(word, way, new int[1], false);
    }

    /**
     * A word by the letter rules; each bit of {@code way} that is set takes the other reading at one
     * of the places they guess at, in order: a vowel inside written long, a last "a" as ا, a last
     * "o" or "u" as وا, "th" or
     * "dh" as ت or د then ه; with {@code emphatics}, t s d z h as ط ص ض ظ ح and "th" as ذ. {@code places}
     * counts those places.
     */
    private static String spell(String word, int way, int[] places, boolean emphatics) {
        StringBuilder out = new StringBuilder();
        // 3' and 7' are the dotted letters of 3 and 7: "sho3'l" شغل, "7'alas" خلاص
        String w = word.replace("3'", "gh").replace("7'", "kh").replace("'", "");
        int i = 0;
        while (i < w.length()) {
            char c = w.charAt(i);
            boolean first = i == 0;
            boolean lastChar = i == w.length() - 1;
            String pair = i + 1 < w.length() ? w.substring(i, i + 2) : "";
            String two = null;
            for (String[] p : PAIRS) {
                if (p[0].equals(pair)) {
                    two = p[1];
                    break;
                }
            }
            if ((pair.equals("th") || pair.equals("dh")) && !first && other(way, places)) {
                // "9imtha", "3andha": ت or د, and the h is ه (no guess of its own: the places the
                // rules guess at must be the same whichever reading is taken)
                out.append(LETTERS.get(c)).append(LETTERS.get('h'));
                i += 2;
                continue;
            }
            if (pair.equals("th") && emphatics) {
                // with the other letters Latin lacks, "th" is ذ as often as ث: "tanfeethi" تنفيذي
                out.append(THAL);
                i += 2;
                continue;
            }
            if (two != null) {
                out.append(first && "اوي".contains(two) ? (two.equals("ا") ? "ا" : "ا" + two) : two);
                i += 2;
                continue;
            }
            if ("aeiou".indexOf(c) >= 0) {
                if (first) {
                    out.append(c == 'o' || c == 'u' ? "او" : "ا");
                } else if (lastChar) {
                    // a last o or u may be the plural of a verb, وا ("dafa3o" دفعوا, they paid)
                    out.append(c == 'a' ? (other(way, places) ? "ا" : "ه")
                            : c == 'o' || c == 'u' ? (other(way, places) ? "وا" : "و") : "ي");
                } else if (other(way, places)) {
                    out.append(c == 'a' ? "ا" : c == 'o' || c == 'u' ? "و" : "ي");
                }
                // a short vowel inside a word is not written, unless guessed long
                i++;
                continue;
            }
            if (i > 0 && w.charAt(i - 1) == c && !(i > 1 && pairAt(w, i - 2))) {
                i++;        // a doubled consonant is written once (not the h after "ch": "chhal" شحال)
                continue;
            }
            String letter = emphatics && EMPHATIC.containsKey(c) && other(way, places) ? EMPHATIC.get(c) : LETTERS.get(c);
            out.append(letter == null ? String.valueOf(c) : letter);
            i++;
        }
        return out.toString();
    }

    /** Whether a letter pair of the rules ("sh", "ch", "kh"...) starts at {@code i}. */
    private static boolean pairAt(String w, int i) {
        String pair = w.substring(i, Math.min(w.length(), i + 2));
        return java.util.Arrays.stream(PAIRS).anyMatch(p -> p[0].equals(pair));
    }

    /** Whether the next place the rules guess at takes its other reading; counts the place. */
    private static boolean other(int way, int[] places) {
        int at = places[0]++;
        return at < MAX_GUESSES && (way >> at & 1) == 1;
    }
}
