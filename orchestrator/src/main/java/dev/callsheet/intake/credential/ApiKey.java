package dev.callsheet.intake.credential;

/**
 * The key clients of {@code /api/**} send as {@value #HEADER} (bean {@code apiKey}); configured as
 * {@value #PROPERTY} or generated at first start.
 */
public record ApiKey(Secret secret) {

    public static final String HEADER = "X-Api-Key";
    public static final String PROPERTY = "callsheet.api-key";

    /** Whether the presented header value is the key; {@code null} (header absent) never is. */
    public boolean matches(String presented) {
        return secret.matches(presented);
    }
}
