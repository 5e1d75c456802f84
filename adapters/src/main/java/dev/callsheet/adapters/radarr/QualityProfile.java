package dev.callsheet.adapters.radarr;

/**
 * One of Radarr's quality profiles, which a movie is added with.
 *
 * @param name as the admin named it; null when not sent
 */
public record QualityProfile(int id, String name) {}
