package dev.callsheet.events.media;

import java.time.Instant;
import java.util.List;

/**
 * A Plex server has an imported file indexed and matched to the right ids: a movie to its TMDB or
 * IMDb id; an episode's show to the series' TVDB id, at the right season and episode numbers. The
 * media, or these episodes, can be watched.
 *
 * @param episodes the episodes confirmed; empty for a movie
 * @param scanRequestedAt when the scan was requested; null when Callsheet did not scan
 * @param foundAt when the item was first seen
 * @param readyAt when it was seen matched
 */
public record PlexConfirmed(
        MediaInfo media,
        String commandId,
        String instance,
        PlexPlace place,
        List<EpisodeRef> episodes,
        Instant scanRequestedAt,
        Instant foundAt,
        Instant readyAt,
        String sourceEventType)
        implements MediaEvent {

    public PlexConfirmed {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
