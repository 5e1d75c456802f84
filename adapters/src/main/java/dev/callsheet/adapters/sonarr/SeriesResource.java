package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/**
 * The part of Sonarr's {@code SeriesResource} we read. Sonarr leaves out nulls but always writes C#
 * value types, so {@code id} and {@code tvdbId} (ints in every version) are required. The rest is
 * boxed, so that absent and null both read as "not known": Sonarr v3 and v4 before 4.0.5 have no
 * {@code tmdbId} at all, {@code imdbId} is left out when unknown, and a season's {@code statistics}
 * is left out when Sonarr has counted none for it.
 */
record SeriesResource(
        @JsonProperty(required = true) int id,
        String title,
        @JsonProperty(required = true) int tvdbId,
        Integer tmdbId,
        String imdbId,
        Integer year,
        Boolean monitored,
        List<SeasonResource> seasons) {

    /** Sonarr's {@code SeasonResource}. */
    record SeasonResource(
            @JsonProperty(required = true) int seasonNumber, Boolean monitored, SeasonStatisticsResource statistics) {}

    /** Sonarr's {@code SeasonStatisticsResource}, counted by Sonarr when it builds the answer. */
    record SeasonStatisticsResource(Integer episodeFileCount, Integer episodeCount, Integer totalEpisodeCount) {}

    SonarrSeries toSeries() {
        return new SonarrSeries(
                id,
                title,
                tvdbId,
                // Sonarr writes 0 for "not known": series added before it tracked TMDB ids have none.
                known(tmdbId) ? Long.valueOf(tmdbId) : null,
                imdbId == null || imdbId.isBlank() ? null : imdbId,
                known(year) ? year : null,
                Boolean.TRUE.equals(monitored),
                seasons == null
                        ? List.of()
                        : seasons.stream().map(SeriesResource::toSeason).toList());
    }

    private static SonarrSeason toSeason(SeasonResource season) {
        SeasonStatisticsResource statistics = season.statistics();
        return new SonarrSeason(
                season.seasonNumber(),
                Boolean.TRUE.equals(season.monitored()),
                statistics == null
                        ? null
                        : new SonarrSeason.EpisodeCounts(
                                count(statistics.episodeCount()),
                                count(statistics.episodeFileCount()),
                                count(statistics.totalEpisodeCount())));
    }

    private static boolean known(Integer value) {
        return value != null && value > 0;
    }

    private static int count(Integer value) {
        return value == null ? 0 : value;
    }
}
