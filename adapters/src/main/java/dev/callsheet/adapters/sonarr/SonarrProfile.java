package dev.callsheet.adapters.sonarr;

/**
 * A quality or language profile of Sonarr, by which a series is added.
 *
 * @param name the profile's name as the admin gave it; null when Sonarr sent none
 */
public record SonarrProfile(int id, String name) {}
