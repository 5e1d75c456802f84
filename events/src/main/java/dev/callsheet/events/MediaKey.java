package dev.callsheet.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * The aggregate key: one media item, all of whose events are processed in order on one partition.
 * Movies are keyed by TMDB id ({@code movie:tmdb:603}), series by TVDB id ({@code
 * series:tvdb:81189}); a 4K instance's copy is a separate item ({@code movie:tmdb:603:4k}).
 */
public record MediaKey(String value) {

    private static final Pattern FORMAT = Pattern.compile("(movie:tmdb|series:tvdb):[1-9][0-9]*(:4k)?");

    public MediaKey {
        Objects.requireNonNull(value, "value");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("not a media key: " + value);
        }
    }

    @JsonCreator
    public static MediaKey parse(String value) {
        return new MediaKey(value);
    }

    public static MediaKey movie(long tmdbId, boolean fourK) {
        return new MediaKey("movie:tmdb:" + tmdbId + (fourK ? ":4k" : ""));
    }

    public static MediaKey series(long tvdbId, boolean fourK) {
        return new MediaKey("series:tvdb:" + tvdbId + (fourK ? ":4k" : ""));
    }

    /** The TMDB id of a movie, the TVDB id of a series. */
    public long id() {
        return Long.parseLong(value.split(":")[2]);
    }

    public MediaType type() {
        return value.startsWith("movie:") ? MediaType.MOVIE : MediaType.SERIES;
    }

    public boolean fourK() {
        return value.endsWith(":4k");
    }

    @JsonValue
    @Override
    public String value() {
        return value;
    }

    @Override
    public String toString() {
        return value;
    }
}
