package dev.callsheet.adapters.qbittorrent;

import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/** qBittorrent's stored WebUI password: PBKDF2-HMAC-SHA512, 100 000 rounds, 16-byte salt, 64-byte key. */
final class WebUiPassword {

    private WebUiPassword() {}

    /** The value of {@code WebUI\Password_PBKDF2} in qBittorrent.conf for {@code password}. */
    static String configValue(String password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512")
                    .generateSecret(new PBEKeySpec(password.toCharArray(), salt, 100_000, 512))
                    .getEncoded();
            Base64.Encoder base64 = Base64.getEncoder();
            return "\"@ByteArray(" + base64.encodeToString(salt) + ":" + base64.encodeToString(key) + ")\"";
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has PBKDF2WithHmacSHA512", e);
        }
    }
}
