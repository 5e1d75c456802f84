package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A notification's id, made from what it says to whom ({@link NoticeRules}' signature), so that a
 * replayed decision asks for the same notice and the sender can tell it has sent it. Short enough for
 * every channel's idempotency key, without dots (Standard Webhooks' ids may not have them). The
 * admins' notices about no item (a source, a dead letter) are named the same way.
 */
public final class NoticeIds {

    private NoticeIds() {}

    static String of(MediaKey key, String signature) {
        return of(key.value(), signature);
    }

    /**
     * The id of a notice about {@code subject} that is not a media item (a source, a dead letter),
     * from its {@code signature}.
     */
    public static String of(String subject, String signature) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(bytes(subject + "|" + signature));
            return "notice-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }

    // Each char as its two bytes: the core names no charset (java.nio is I/O to its purity rule).
    private static byte[] bytes(String text) {
        byte[] bytes = new byte[text.length() * 2];
        for (int i = 0; i < text.length(); i++) {
            bytes[2 * i] = (byte) (text.charAt(i) >>> 8);
            bytes[2 * i + 1] = (byte) text.charAt(i);
        }
        return bytes;
    }
}
