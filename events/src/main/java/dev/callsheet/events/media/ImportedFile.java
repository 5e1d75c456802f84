package dev.callsheet.events.media;

/** A media file an *arr app put into the library. */
public record ImportedFile(String path, String quality, Long size) {}
