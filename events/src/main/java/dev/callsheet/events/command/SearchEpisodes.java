package dev.callsheet.events.command;

import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.MediaKey;
import java.util.List;

/**
 * Search Sonarr's indexers for missing episodes: {@code SeasonSearch} of {@code season} when it is
 * set (every episode of a season that has finished airing, so a season pack can be found), else
 * {@code EpisodeSearch} of {@code episodeIds}; unless Sonarr has the same search queued or running.
 *
 * @param seriesId Sonarr's id of the series; what a season search takes
 * @param season the season to search as a whole; null for an episode search
 * @param episodeIds Sonarr's ids of the episodes, in the order of {@code episodes}
 * @param episodes the episodes searched for, ascending, for the timeline
 * @param attempt 1 for the first search since these episodes went missing
 */
public record SearchEpisodes(
        String id,
        MediaKey mediaKey,
        String instance,
        Integer seriesId,
        Integer season,
        List<Integer> episodeIds,
        List<EpisodeKey> episodes,
        int attempt)
        implements SearchCommand {

    public SearchEpisodes {
        episodeIds = List.copyOf(episodeIds);
        episodes = List.copyOf(episodes);
    }
}
