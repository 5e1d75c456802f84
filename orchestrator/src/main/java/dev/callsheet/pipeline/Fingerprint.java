package dev.callsheet.pipeline;

import dev.callsheet.events.SourceKind;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Equal for exact duplicate deliveries: same source, same instance, same body bytes. */
final class Fingerprint {

    private Fingerprint() {}

    static String of(SourceKind source, String instance, byte[] body) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update((source.id() + "/" + instance + "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest(body));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every JVM has SHA-256", e);
        }
    }
}
