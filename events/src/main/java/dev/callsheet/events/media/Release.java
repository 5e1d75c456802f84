package dev.callsheet.events.media;

/**
 * A release an *arr app grabbed or imported: the indexer's title, where it came from and what it
 * is. Any field may be null: older *arr versions and imports without grab history omit them.
 */
public record Release(String title, String indexer, Long size, String quality, String releaseGroup) {}
