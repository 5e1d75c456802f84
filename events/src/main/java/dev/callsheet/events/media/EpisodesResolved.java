package dev.callsheet.events.media;

import java.util.List;

/**
 * Sonarr's list of the series' episodes, fetched for a {@link
 * dev.callsheet.events.command.ResolveSeriesEpisodes} command (or a periodic re-check). Every episode
 * Sonarr knows, aired or not; the decider picks a request's scope from it.
 *
 * @param commandId the command this answers
 * @param seriesId Sonarr's id of the series, what a season search takes; null in facts written
 *     before it was kept
 */
public record EpisodesResolved(
        MediaInfo media, String commandId, Integer seriesId, List<ResolvedEpisode> episodes, String sourceEventType)
        implements MediaEvent {

    public EpisodesResolved {
        episodes = List.copyOf(episodes);
    }
}
