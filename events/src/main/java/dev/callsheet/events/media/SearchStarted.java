package dev.callsheet.events.media;

import java.util.List;

/**
 * An arr took up a search Callsheet asked for (a {@code SearchMovie} or {@code SearchEpisodes}), or
 * had the same search queued or running already, which Callsheet then left alone.
 *
 * @param commandId the search command this answers
 * @param arr the arr's product name ({@code Radarr}, {@code Sonarr})
 * @param arrCommandId the arr's id of its command, which {@code GET /api/v3/command/{id}} reads back
 * @param search what the arr was asked for: {@code MoviesSearch}, {@code EpisodeSearch} or {@code
 *     SeasonSearch}
 * @param episodes the episodes searched for; empty for a movie
 * @param attempt 1 for the first search since the item went missing
 * @param alreadyQueued true when the arr had the same search queued or running and nothing was posted
 */
public record SearchStarted(
        MediaInfo media,
        String commandId,
        String arr,
        String instance,
        int arrCommandId,
        String search,
        List<EpisodeRef> episodes,
        int attempt,
        boolean alreadyQueued,
        String sourceEventType)
        implements MediaEvent {

    public SearchStarted {
        episodes = List.copyOf(episodes);
    }
}
