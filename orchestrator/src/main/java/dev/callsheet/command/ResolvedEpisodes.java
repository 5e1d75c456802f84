package dev.callsheet.command;

import dev.callsheet.adapters.sonarr.SonarrEpisode;
import dev.callsheet.events.EpisodeKey;
import dev.callsheet.events.media.EpisodeRef;
import dev.callsheet.events.media.ResolvedEpisode;

/** An episode of Sonarr's list as the facts carry it, for every handler that answers with the list. */
public final class ResolvedEpisodes {

    private ResolvedEpisodes() {}

    public static ResolvedEpisode of(SonarrEpisode episode) {
        var ref = new EpisodeRef(
                EpisodeKey.of(episode.seasonNumber(), episode.episodeNumber()),
                episode.tvdbId(),
                episode.id(),
                episode.title(),
                episode.airDate());
        return new ResolvedEpisode(ref, episode.monitored(), episode.hasFile());
    }
}
