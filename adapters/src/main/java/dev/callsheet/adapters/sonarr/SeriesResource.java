package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** The part of Sonarr's {@code SeriesResource} we read. */
record SeriesResource(
        @JsonProperty(required = true) int id,
        String title,
        @JsonProperty(required = true) int tvdbId,
        int tmdbId,
        String imdbId,
        int year,
        boolean monitored,
        List<SeasonResource> seasons) {

    /** Sonarr's {@code SeasonResource}. */
    record SeasonResource(
            @JsonProperty(required = true) int seasonNumber, boolean monitored, SeasonStatisticsResource statistics) {}

    /** Sonarr's {@code SeasonStatisticsResource}, counted by Sonarr when it builds the answer. */
    record SeasonStatisticsResource(int episodeFileCount, int episodeCount, int totalEpisodeCount) {}

    SonarrSeries toSeries() {
        return new SonarrSeries(
                id,
                title,
                tvdbId,
                // Sonarr writes 0 for "not known": series added before it tracked TMDB ids have none.
                tmdbId > 0 ? Long.valueOf(tmdbId) : null,
                imdbId == null || imdbId.isBlank() ? null : imdbId,
                year > 0 ? year : null,
                monitored,
                seasons == null
                        ? List.of()
                        : seasons.stream().map(SeriesResource::toSeason).toList());
    }

    private static SonarrSeason toSeason(SeasonResource season) {
        SeasonStatisticsResource statistics = season.statistics();
        return new SonarrSeason(
                season.seasonNumber(),
                season.monitored(),
                statistics == null
                        ? null
                        : new SonarrSeason.EpisodeCounts(
                                statistics.episodeCount(),
                                statistics.episodeFileCount(),
                                statistics.totalEpisodeCount()));
    }
}
