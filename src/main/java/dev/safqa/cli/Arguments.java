package dev.safqa.cli;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line as the user typed it, whatever the locale. Under {@code LANG=C} the JVM decodes
 * arguments as ASCII and every Arabic letter arrives as U+FFFD, so "كم دفعت ميتا؟" would be read
 * as nothing but "?". On Linux the bytes are still in {@code /proc/self/cmdline}: they are read
 * again as UTF-8. Where they cannot be (another system, bytes that are not UTF-8), the caller is
 * told, rather than answering a question nobody asked.
 */
final class Arguments {
    private static final char REPLACEMENT = '\uFFFD';
    private static final Path CMDLINE = Path.of("/proc/self/cmdline");

    private Arguments() {
    }

    /** The arguments intact, or null if some could not be read. */
    static String[] recover(String[] args) {
        if (!damaged(args)) {
            return args;
        }
        try {
            String[] recovered = fromCmdline(Files.readAllBytes(CMDLINE), args);
            return recovered == null || damaged(recovered) ? null : recovered;
        } catch (IOException | UnsupportedOperationException | SecurityException e) {
            return null;
        }
    }

    private static boolean damaged(String[] args) {
        for (String a : args) {
            if (a.indexOf(REPLACEMENT) >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * The last {@code args.length} NUL-separated entries of the process's command line, decoded as
     * UTF-8; null unless every argument that arrived undamaged is the same there.
     */
    static String[] fromCmdline(byte[] cmdline, String[] args) {
        List<String> all = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < cmdline.length; i++) {
            if (cmdline[i] == 0) {
                all.add(utf8(cmdline, start, i));
                start = i + 1;
            }
        }
        if (start < cmdline.length) {
            all.add(utf8(cmdline, start, cmdline.length));
        }
        if (all.size() < args.length || all.contains(null)) {
            return null;
        }
        String[] out = all.subList(all.size() - args.length, all.size()).toArray(new String[0]);
        for (int i = 0; i < args.length; i++) {
            if (args[i].indexOf(REPLACEMENT) < 0 && !args[i].equals(out[i])) {
                return null;        // not the same command line: trust nothing
            }
        }
        return out;
    }

    private static String utf8(byte[] b, int from, int to) {
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b, from, to - from)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
