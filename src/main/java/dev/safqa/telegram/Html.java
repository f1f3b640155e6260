package dev.safqa.telegram;

/**
 * Escaping for Telegram's HTML parse mode. Telegram knows only four entities ({@code &lt; &gt; &amp;
 * &quot;}), and a stray {@code <} or {@code &} makes it refuse the whole message with a 400, so
 * every piece of text that is not our own markup goes through {@link #escape}.
 */
final class Html {
    private Html() {
    }

    static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
