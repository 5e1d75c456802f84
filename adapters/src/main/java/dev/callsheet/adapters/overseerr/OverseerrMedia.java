package dev.callsheet.adapters.overseerr;

/**
 * The media item an Overseerr request is for. Its service id and status describe the regular copy;
 * Overseerr keeps the 4K copy's apart ({@code externalServiceId4k}, {@code status4k}), and those are
 * not read here.
 *
 * @param tvdbId TheTVDB id of a show; null for movies and for shows TMDB links to no TVDB entry
 * @param imdbId null when Overseerr does not know it
 * @param externalServiceId Radarr's movie id or Sonarr's series id; null until Overseerr has added
 *     the media there
 */
public record OverseerrMedia(
        long tmdbId, Long tvdbId, String imdbId, Integer externalServiceId, OverseerrMediaStatus status) {}
