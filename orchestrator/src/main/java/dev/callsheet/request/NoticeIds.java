package dev.callsheet.request;

import dev.callsheet.events.MediaKey;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A notification's id, made from what it says to whom ({@link NoticeRules}' signature), so that a
 * replayed decision asks for the same notice and the sender can tell it has sent it. Short enough for
 * every channel's idempotency key, without dots (Standard Webhooks' ids may not have them).
 */
final class NoticeIds {

    private NoticeIds() {}

    static String of(MediaKey key, String signature) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((key.value() + "|" + signature).getBytes(StandardCharsets.UTF_8));
            return "notice-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
