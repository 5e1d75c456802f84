package dev.callsheet.events.media;

import dev.callsheet.events.EpisodeKey;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One episode a fact is about, with whatever the source knew of it.
 *
 * @param key season and episode number
 * @param episodeTvdbId the episode's own TVDB id (not the series'); the id Sonarr and Plex share
 *     for an episode. Null when unknown
 * @param sonarrEpisodeId Sonarr's id of the episode, stable within one Sonarr instance and what its
 *     API takes; null when the fact did not come from Sonarr
 * @param title null when unknown (Sonarr says {@code TBA} before the title is known)
 * @param airDate the first air date in the series' own calendar; null for unaired episodes
 */
public record EpisodeRef(EpisodeKey key, Long episodeTvdbId, Integer sonarrEpisodeId, String title, LocalDate airDate) {

    public EpisodeRef {
        Objects.requireNonNull(key, "key");
    }
}
