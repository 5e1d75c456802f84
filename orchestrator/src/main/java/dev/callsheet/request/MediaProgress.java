package dev.callsheet.request;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;
import java.util.Optional;

/**
 * How far a media item has come, whoever asked for it. A movie's only moves forward on progress
 * facts; removal from the *arr app is the one reset. A series keeps its state per episode and
 * derives this from the episodes in its requests' scopes ({@code SeriesStage}), so it goes back
 * when new episodes join a scope.
 */
public enum MediaProgress {
    /** Known only from a request; the *arr app has not reported it. */
    UNKNOWN,
    /** In the *arr app, which searches for a release on add. */
    ADDED,
    /** A release was sent to a download client. */
    DOWNLOADING,
    /** A file is in the library folder. */
    IMPORTED,
    /** The media server has it: it can be watched. */
    AVAILABLE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The further of this and {@code other}: progress never goes back on a late fact. */
    MediaProgress atLeast(MediaProgress other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** The state an approved request following this item stands in; empty while nothing is known. */
    Optional<RequestState> requestStage() {
        return switch (this) {
            case UNKNOWN -> Optional.empty();
            case ADDED -> Optional.of(RequestState.SEARCHING);
            case DOWNLOADING -> Optional.of(RequestState.DOWNLOADING);
            case IMPORTED -> Optional.of(RequestState.IMPORTED);
            case AVAILABLE -> Optional.of(RequestState.AVAILABLE);
        };
    }
}
