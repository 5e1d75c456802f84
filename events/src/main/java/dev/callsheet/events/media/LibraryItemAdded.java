package dev.callsheet.events.media;

/** The media server added the item to a library: it can be watched. Plex {@code library.new}. */
public record LibraryItemAdded(MediaInfo media, String server, String library, String ratingKey, String sourceEventType)
        implements MediaEvent {}
