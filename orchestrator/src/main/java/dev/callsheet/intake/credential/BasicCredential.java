package dev.callsheet.intake.credential;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Base64;
import java.util.Objects;

/**
 * The user name and password a sender presents as HTTP Basic ({@code Authorization: Basic
 * base64(user:password)}). Radarr and Sonarr send it pre-emptively, without waiting for a
 * challenge.
 */
public record BasicCredential(String username, Secret password) {

    private static final String SCHEME = "Basic ";

    public BasicCredential {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
    }

    /** Whether an {@code Authorization} header value carries this user name and password. */
    public boolean matches(String authorization) {
        if (authorization == null || !authorization.regionMatches(true, 0, SCHEME, 0, SCHEME.length())) {
            return false;
        }
        byte[] presented;
        try {
            presented = Base64.getDecoder()
                    .decode(authorization.substring(SCHEME.length()).trim());
        } catch (IllegalArgumentException notBase64) {
            return false;
        }
        String expected = username + ":" + password.value();
        // The *arr apps encode user:password as ISO-8859-1, curl and browsers as UTF-8; both mean
        // the same credential. Only a Latin-1 credential has a Latin-1 form: encoding anything else
        // would turn its characters into '?', which a guess could then match.
        boolean asUtf8 = ConstantTime.equal(presented, expected.getBytes(UTF_8));
        boolean asLatin1 = ISO_8859_1.newEncoder().canEncode(expected)
                && ConstantTime.equal(presented, expected.getBytes(ISO_8859_1));
        return asUtf8 || asLatin1;
    }
}
