package dev.callsheet.events;

/** What a media item is; series are tracked per episode. */
public enum MediaType {
    MOVIE,
    SERIES
}
