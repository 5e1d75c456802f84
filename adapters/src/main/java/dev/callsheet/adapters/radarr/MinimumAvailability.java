package dev.callsheet.adapters.radarr;

/**
 * When Radarr starts to look for a movie it has added: its {@code minimumAvailability}, one of the
 * words every supported Radarr accepts (Radarr v3's {@code preDB} is gone since 4.0, and TBA is not
 * a stage to wait for).
 */
public enum MinimumAvailability {
    ANNOUNCED("announced"),
    IN_CINEMAS("inCinemas"),
    /** Released on disc or to stream, or in cinemas for three months: Radarr's and Overseerr's default. */
    RELEASED("released");

    private final String word;

    MinimumAvailability(String word) {
        this.word = word;
    }

    /** The word Radarr takes. */
    public String word() {
        return word;
    }
}
