package dev.callsheet.events.media;

/**
 * The media server added an episode to a library: it can be watched. Plex {@code library.new} for
 * an item of type {@code episode}.
 *
 * <p>Plex's new agents identify the episode, not its series ({@code media.tvdbId} is then null and
 * the fact first awaits its key through the episode's TVDB id); legacy TVDB agents name the series.
 *
 * @param media the series as far as the payload names it: at least its title
 * @param ratingKey the episode's Plex id
 * @param showRatingKey the series' Plex id ({@code grandparentRatingKey}), which Overseerr's API
 *     knows as the media's {@code ratingKey}
 */
public record EpisodeAvailable(
        MediaInfo media,
        EpisodeRef episode,
        String server,
        String library,
        String ratingKey,
        String showRatingKey,
        String sourceEventType)
        implements MediaEvent {}
