package dev.callsheet.intake.credential;

/**
 * The key an admin sends as {@value ApiKey#HEADER} to act through {@code /api} (bean {@code
 * adminKey}); configured as {@value #PROPERTY} or generated at first start. It also reads whatever
 * the read key ({@link ApiKey}) reads, and must differ from it, or the read key could act.
 */
public record AdminKey(Secret secret) {

    public static final String PROPERTY = "callsheet.admin-key";

    /** Whether the presented header value is the key; {@code null} (header absent) never is. */
    public boolean matches(String presented) {
        return secret.matches(presented);
    }
}
