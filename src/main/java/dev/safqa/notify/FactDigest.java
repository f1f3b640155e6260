package dev.safqa.notify;

import dev.safqa.knowledge.Fact;
import dev.safqa.knowledge.Figure;
import dev.safqa.text.Language;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A fact's content as one string for the notifications table: two facts have the same digest
 * exactly when {@link Fact#sameContentAs} holds (article, paragraph, source, answers, figures). If
 * sameContentAs ever compares more, this must too (FactDigestTest checks each field).
 */
final class FactDigest {
    private static final char FIELD = '\u001f'; // unit separator: cannot occur in a YAML scalar an editor types

    private FactDigest() {
    }

    static String of(Fact f) {
        StringBuilder b = new StringBuilder(512);
        b.append(f.article()).append(FIELD).append(f.paragraph()).append(FIELD).append(f.source());
        for (Language l : Language.values()) {
            b.append(FIELD).append(l.code()).append('=').append(f.answer(l));
        }
        for (Figure g : f.figures()) {
            b.append(FIELD).append(g.value()).append(FIELD).append(g.unit()).append(FIELD).append(g.kind())
                    .append(FIELD).append(g.about());
        }
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(b.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
