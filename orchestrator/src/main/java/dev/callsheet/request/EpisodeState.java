package dev.callsheet.request;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/**
 * Where one episode of a series stands, whoever asked for it. The main line runs {@code wanted →
 * searching → downloading → imported → available}; {@code failed} is a download stuck at import.
 * Which moves are allowed is listed once, in {@link EpisodeTransitionTable}.
 */
public enum EpisodeState {
    /** Known to Sonarr, but not aired yet or not monitored: nobody looks for it. */
    WANTED,
    /** Aired and monitored without a file: Sonarr looks for a release. */
    SEARCHING,
    /** A release holding it was sent to a download client. */
    DOWNLOADING,
    /** Its file is in the library folder. */
    IMPORTED,
    /** The media server has it: it can be watched. */
    AVAILABLE,
    /** Its download finished but cannot be imported without a person. */
    FAILED;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The request stage this episode stands at. A stuck download is still downloading as far as
     * a request is concerned; the item's attention says why it does not move.
     */
    RequestState requestStage() {
        return switch (this) {
            case WANTED, SEARCHING -> RequestState.SEARCHING;
            case DOWNLOADING, FAILED -> RequestState.DOWNLOADING;
            case IMPORTED -> RequestState.IMPORTED;
            case AVAILABLE -> RequestState.AVAILABLE;
        };
    }

    /** Whether the episode exists for sure: grabbed, imported or watchable, so it has aired. */
    boolean released() {
        return switch (this) {
            case WANTED, SEARCHING -> false;
            case DOWNLOADING, IMPORTED, AVAILABLE, FAILED -> true;
        };
    }
}
