package dev.safqa.cli;

import dev.safqa.conversation.Command;
import java.io.BufferedReader;
import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.jline.keymap.KeyMap;
import org.jline.reader.Binding;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.Reference;
import org.jline.reader.UserInterruptException;
import org.jline.reader.impl.completer.StringsCompleter;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * Where {@code safqa chat} reads its lines: a line editor with history when a person types in a
 * terminal, plain lines from a pipe or a file. Either way a line comes back without control
 * characters, so an arrow key pressed where nothing edits the line never becomes a question.
 */
interface ConsoleInput extends AutoCloseable {
    /**
     * Escape sequences as terminals send keys: CSI (arrows {@code ESC[A}, Home {@code ESC[H},
     * Delete {@code ESC[3~}), SS3 ({@code ESC OA}, arrows in application mode), and ESC before one
     * character (Alt+key); then any other C0 or C1 control character. Sequences first: their tails
     * are printable ("[A") and would survive on their own.
     */
    Pattern CONTROL = Pattern.compile("\u001B\\[[0-?]*[ -/]*[@-~]?|\u009B[0-?]*[ -/]*[@-~]?|\u001BO.?|\u001B.?"
            + "|[\u0000-\u0008\u000B-\u001F\u007F-\u009F]");

    /** The next line, cleaned; blank after Ctrl-C; null at the end of the input (Ctrl-D, end of pipe). */
    String readLine(String prompt) throws IOException;

    @Override
    void close() throws IOException;

    /**
     * The line editor when {@code in} is the process's own standard input and both it and standard
     * output are a terminal; else plain lines, the prompt written to {@code out}.
     */
    static ConsoleInput open(InputStream in, PrintWriter out) throws IOException {
        if (in == System.in && isTerminal(System.console())) {
            return new Editor(out);
        }
        return new Plain(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)), out);
    }

    private static boolean isTerminal(Console console) {
        if (console == null) {
            return false;
        }
        try {
            // Java 22 and later give a console even to a redirected process, and say whether it is a terminal
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (ReflectiveOperationException | ClassCastException e) {
            return true;    // before Java 22 there is a console only when both ends are a terminal
        }
    }

    /** The text of a line as typed, without escape sequences and control characters; tabs become spaces. */
    static String clean(String line) {
        return CONTROL.matcher(line.replace('\t', ' ')).replaceAll("");
    }

    /** Lines from a pipe, a file or a test, as they come; the prompt written to {@code out}. */
    record Plain(BufferedReader in, PrintWriter out) implements ConsoleInput {
        @Override
        public String readLine(String prompt) throws IOException {
            out.print(prompt);
            out.flush();
            String line = in.readLine();
            return line == null ? null : clean(line);
        }

        @Override
        public void close() {
            // the caller's stream: not ours to close
        }
    }

    /**
     * JLine on the system terminal: arrows, Home/End, Ctrl-R search, Tab for command names, and a
     * history kept in memory for this session only (nothing is written to disk).
     */
    final class Editor implements ConsoleInput {
        private final Terminal terminal;
        private final LineReader reader;
        private final PrintWriter out;

        Editor(PrintWriter out) throws IOException {
            this.out = out;
            // UTF-8 whatever the locale, as Main writes; dumb(true): a terminal JLine cannot drive
            // still reads lines (the cleaning drops the keys it cannot edit with) and says nothing
            this.terminal = TerminalBuilder.builder().system(true).encoding(StandardCharsets.UTF_8).dumb(true).build();
            this.reader = LineReaderBuilder.builder().terminal(terminal).appName("safqa")
                    .completer(new StringsCompleter(commandNames()))
                    // "wow!" or "$14.8 billion?!" is a question, not a reference to an earlier line
                    .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                    .variable(LineReader.HISTORY_SIZE, 1_000)
                    .build();
            bindEditingKeys(reader.getKeyMaps().get(LineReader.EMACS));
            bindEditingKeys(reader.getKeyMaps().get(LineReader.MAIN));
        }

        /**
         * The keys in both of the forms terminals send them. JLine binds what the terminal's terminfo
         * entry names (ESC O A for Up once it switched the cursor keys to application mode), but
         * terminals, multiplexers and pasted text also send the normal-mode ESC [ A; unbound, JLine
         * would take its ESC as Meta and type "[A" into the question.
         */
        private static void bindEditingKeys(KeyMap<Binding> keys) {
            keys.bind(new Reference(LineReader.UP_LINE_OR_HISTORY), "\u001B[A", "\u001BOA");
            keys.bind(new Reference(LineReader.DOWN_LINE_OR_HISTORY), "\u001B[B", "\u001BOB");
            keys.bind(new Reference(LineReader.FORWARD_CHAR), "\u001B[C", "\u001BOC");
            keys.bind(new Reference(LineReader.BACKWARD_CHAR), "\u001B[D", "\u001BOD");
            keys.bind(new Reference(LineReader.BEGINNING_OF_LINE), "\u001B[H", "\u001BOH", "\u001B[1~", "\u001B[7~");
            keys.bind(new Reference(LineReader.END_OF_LINE), "\u001B[F", "\u001BOF", "\u001B[4~", "\u001B[8~");
            keys.bind(new Reference(LineReader.DELETE_CHAR), "\u001B[3~");
        }

        private static List<String> commandNames() {
            List<String> names = new ArrayList<>();
            for (Command c : Command.values()) {
                if (c.listed() && c != Command.SUBSCRIBE && c != Command.UNSUBSCRIBE) {
                    names.add("/" + c.id());
                }
            }
            names.add(ChatCommand.QUIT);
            return names;
        }

        @Override
        public String readLine(String prompt) {
            out.flush();    // what was printed before the prompt is on the screen before JLine draws
            try {
                return clean(reader.readLine(prompt));
            } catch (UserInterruptException e) {
                return "";  // Ctrl-C drops the line being typed, as in a shell
            } catch (EndOfFileException e) {
                return null;
            }
        }

        @Override
        public void close() throws IOException {
            terminal.close();
        }
    }
}
