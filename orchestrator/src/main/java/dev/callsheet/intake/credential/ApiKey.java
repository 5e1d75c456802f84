package dev.callsheet.intake.credential;

/**
 * The read key: clients of {@code /api/**} send it as {@value #HEADER} to read (bean {@code
 * apiKey}); configured as {@value #PROPERTY} or generated at first start. Acting needs the {@link
 * AdminKey}, sent in the same header.
 */
public record ApiKey(Secret secret) {

    public static final String HEADER = "X-Api-Key";
    public static final String PROPERTY = "callsheet.api-key";

    /** Whether the presented header value is the key; {@code null} (header absent) never is. */
    public boolean matches(String presented) {
        return secret.matches(presented);
    }
}
