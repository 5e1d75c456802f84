package dev.callsheet.normalise.servarr;

/**
 * The {@code release} of a Radarr or Sonarr body. The grab form has all five fields; the import form
 * only title, indexer and size ({@code 0}, or absent, without grab history).
 */
public record ReleasePayload(String releaseTitle, String indexer, Long size, String quality, String releaseGroup) {}
