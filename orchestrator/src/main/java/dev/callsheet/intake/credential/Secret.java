package dev.callsheet.intake.credential;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.util.Objects;

/**
 * A shared secret a caller must present. Compared in constant time; {@link #toString()} never shows
 * it.
 *
 * @param value the secret itself
 * @param origin where it came from, which decides whether the start-up hints may show it
 */
public record Secret(String value, Origin origin) {

    public Secret {
        Objects.requireNonNull(origin, "origin");
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("a secret must not be blank");
        }
    }

    /** Whether {@code presented} is this secret; {@code null} (nothing presented) never is. */
    public boolean matches(String presented) {
        return presented != null && ConstantTime.equal(presented.getBytes(UTF_8), value.getBytes(UTF_8));
    }

    @Override
    public String toString() {
        return "Secret[" + origin + "]";
    }

    /** Where a secret came from. */
    public enum Origin {
        /** Set in configuration (application.yaml, environment): never logged. */
        CONFIGURED,
        /** Read from the secrets file, generated on an earlier start: only its location is logged. */
        STORED,
        /** Generated on this start: logged once so that it can be pasted into the sender. */
        GENERATED
    }
}
