package dev.safqa.review;

import dev.safqa.text.Language;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Adds one alternate question to the text of a {@code *.questions.yaml} file as an editor would: one
 * line at the end of that fact's list in that language, every other line as it was (comments, order,
 * quoting, blank lines). Reading the YAML and writing it out again would lose the comments and the
 * layout an editor chose, so this edits the text; the knowledge loader then checks the result.
 */
public final class QuestionsFile {
    private static final Pattern SECTION = Pattern.compile("questions:\\s*(#.*)?");
    private static final Set<String> WORDS_YAML_READS_AS_VALUES =
            Set.of("true", "false", "yes", "no", "on", "off", "null", "~", "y", "n");

    private QuestionsFile() {
    }

    /** The file cannot be edited safely by a line added: the editor adds the question by hand. */
    public static final class Unsupported extends Exception {
        private static final long serialVersionUID = 1L;

        Unsupported(String message) {
            super(message);
        }
    }

    /** A new file for an article that has no alternate questions yet. */
    public static String create(String article, String factId, Language language, String question) {
        question = oneLine(question);
        return "# Alternate questions: the ways people ask for each fact (README, \"Editing knowledge\").\n"
                + "article: " + article + "\nquestions:\n  " + factId + ":\n    " + language.code() + ":\n      - "
                + block(question) + "\n";
    }

    /**
     * {@code text} with {@code question} added to {@code factId}'s list in {@code language}: at the
     * end of the list; a new list at the end of the fact's entry if it has none in that language; a
     * new entry at the end of the {@code questions:} section if the fact has none.
     *
     * @throws Unsupported if the file is laid out in a way a line cannot be added to (a list written
     *                     across several lines in brackets, no {@code questions:} section)
     */
    public static String add(String text, String factId, Language language, String question) throws Unsupported {
        question = oneLine(question);
        String eol = text.contains("\r\n") ? "\r\n" : "\n";
        List<String> lines = new ArrayList<>(Arrays.asList(text.split("\r?\n", -1)));
        int section = -1;
        for (int i = 0; i < lines.size(); i++) {
            if (SECTION.matcher(lines.get(i)).matches()) {
                section = i;
                break;
            }
        }
        if (section < 0) {
            throw new Unsupported("has no 'questions:' section at the start of a line");
        }
        int sectionEnd = blockEnd(lines, section, -1);
        int step = childIndent(lines, section, sectionEnd, 0).orElse(2);

        Pattern factLine = Pattern.compile("( +)(['\"]?)" + Pattern.quote(factId) + "\\2:\\s*(#.*)?");
        int fact = -1;
        int factIndent = 0;
        for (int i = section + 1; i < sectionEnd; i++) {
            Matcher m = factLine.matcher(lines.get(i));
            if (m.matches()) {
                fact = i;
                factIndent = m.group(1).length();
                break;
            }
        }
        String item = "- " + block(question);
        if (fact < 0) {
            int at = lastContent(lines, section, sectionEnd) + 1;
            String in = " ".repeat(step);
            lines.addAll(at, List.of(in + factId + ":", in.repeat(2) + language.code() + ":", in.repeat(3) + item));
            return String.join(eol, lines);
        }
        int factEnd = blockEnd(lines, fact, factIndent);
        int langIndent = childIndent(lines, fact, factEnd, factIndent).orElse(factIndent + step);
        int itemStep = Math.max(langIndent - factIndent, 2);
        Pattern langLine = Pattern.compile(" {" + langIndent + "}" + language.code() + ":(.*)");
        for (int i = fact + 1; i < factEnd; i++) {
            Matcher m = langLine.matcher(lines.get(i));
            if (!m.matches()) {
                continue;
            }
            String rest = m.group(1).strip();
            if (rest.isEmpty() || rest.startsWith("#")) {
                int end = listEnd(lines, i, langIndent, factEnd);
                int last = lastContent(lines, i, end);
                String prefix = last > i ? lines.get(last).substring(0, indent(lines.get(last))) : " ".repeat(langIndent + itemStep);
                lines.add(last + 1, prefix + item);
                return String.join(eol, lines);
            }
            int close = rest.lastIndexOf(']');
            if (rest.startsWith("[") && close > 0 && rest.substring(close + 1).strip().matches("(#.*)?")) {
                String line = lines.get(i);
                int open = line.indexOf('[', line.indexOf(language.code() + ":"));
                int bracket = line.lastIndexOf(']');
                String inside = line.substring(open + 1, bracket).stripTrailing();
                lines.set(i, line.substring(0, open + 1) + (inside.isBlank() ? "" : inside + ", ") + flow(question)
                        + line.substring(bracket));
                return String.join(eol, lines);
            }
            throw new Unsupported("lists the " + language.code() + " questions of " + factId
                    + " in a form a line cannot be added to (write the list one '- ' item per line)");
        }
        int at = lastContent(lines, fact, factEnd) + 1;
        lines.addAll(at, List.of(" ".repeat(langIndent) + language.code() + ":", " ".repeat(langIndent + itemStep) + item));
        return String.join(eol, lines);
    }

    /** The line after the block that starts at {@code start}: the next content line indented {@code indent} or less. */
    private static int blockEnd(List<String> lines, int start, int indent) {
        for (int i = start + 1; i < lines.size(); i++) {
            if (isContent(lines.get(i)) && indent(lines.get(i)) <= indent) {
                return i;
            }
        }
        return lines.size();
    }

    /** The end of a block list under a key: its "- " items may sit at the key's own indentation. */
    private static int listEnd(List<String> lines, int key, int keyIndent, int limit) {
        for (int i = key + 1; i < limit; i++) {
            String l = lines.get(i);
            if (isContent(l) && indent(l) <= keyIndent && !(indent(l) == keyIndent && l.strip().startsWith("-"))) {
                return i;
            }
        }
        return limit;
    }

    private static java.util.OptionalInt childIndent(List<String> lines, int start, int end, int parent) {
        for (int i = start + 1; i < end; i++) {
            if (isContent(lines.get(i)) && indent(lines.get(i)) > parent) {
                return java.util.OptionalInt.of(indent(lines.get(i)));
            }
        }
        return java.util.OptionalInt.empty();
    }

    /** The last content line in ({@code start}, {@code end}), or {@code start}: new lines go after it, before trailing comments. */
    private static int lastContent(List<String> lines, int start, int end) {
        for (int i = end - 1; i > start; i--) {
            if (isContent(lines.get(i))) {
                return i;
            }
        }
        return start;
    }

    private static boolean isContent(String line) {
        String s = line.strip();
        return !s.isEmpty() && !s.startsWith("#");
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** A question as it is filed: on one line, spaces collapsed (a chat message may hold line breaks). */
    public static String oneLine(String question) {
        return question.strip().replaceAll("\\s+", " ");
    }

    /** A question as a block-list item: plain, as an editor writes it, unless YAML would read it otherwise. */
    static String block(String question) {
        return plainIsSafe(question, false) ? question : quoted(question);
    }

    /** A question as an item of a [...] list, where commas, brackets, '?' and quotes also need quotes. */
    static String flow(String question) {
        return plainIsSafe(question, true) ? question : quoted(question);
    }

    private static boolean plainIsSafe(String q, boolean inFlow) {
        if (q.isEmpty() || "-?:,[]{}#&*!|>'\"%@`".indexOf(q.charAt(0)) >= 0 || q.contains(": ") || q.contains(" #")
                || q.endsWith(":") || !q.equals(q.strip())) {
            return false;
        }
        if (inFlow && q.chars().anyMatch(c -> ",[]{}?:#'\"".indexOf(c) >= 0)) {
            return false;
        }
        String lower = q.toLowerCase(Locale.ROOT);
        return !WORDS_YAML_READS_AS_VALUES.contains(lower) && !lower.matches("[-+]?[0-9][0-9_.,:e+-]*|\\.(inf|nan)");
    }

    private static String quoted(String q) {
        return "'" + q.replace("'", "''") + "'";
    }
}
