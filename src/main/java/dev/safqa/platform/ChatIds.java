package dev.safqa.platform;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Chat and user ids as they may appear in logs and feedback rows: hashed, never raw. */
public final class ChatIds {
    private ChatIds() {
    }

    /** A short, stable, one-way hash of a platform id ("telegram", "-100123" -> "3f9a0c1b2d4e"). */
    public static String hash(String platform, String id) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            byte[] d = sha.digest((platform + ":" + id).getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(d, 0, 6);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
