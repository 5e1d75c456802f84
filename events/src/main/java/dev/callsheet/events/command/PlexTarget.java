package dev.callsheet.events.command;

import dev.callsheet.events.MediaType;
import dev.callsheet.events.media.EpisodeRef;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What Plex must show for an imported file to count as watchable: the file, and the ids its item
 * must be matched to.
 *
 * @param path the file's path as the *arr app reported it (mapped to Plex's path by the adapter)
 * @param tmdbId a movie's TMDB id; null for a series
 * @param imdbId a movie's IMDb id, when known
 * @param seriesTvdbId a series' TVDB id, which the episode's show must be matched to; null for a movie
 * @param episodes the episodes the file holds (one, or several for a multi-episode file); empty for
 *     a movie
 * @param upgrade whether the file replaced an older one: Plex has the item already, and must now
 *     show this file
 * @param importedAt when the *arr app's import was received
 */
public record PlexTarget(
        MediaType type,
        String path,
        Long tmdbId,
        String imdbId,
        Long seriesTvdbId,
        List<EpisodeRef> episodes,
        boolean upgrade,
        Instant importedAt) {

    public PlexTarget {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(path, "path");
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
