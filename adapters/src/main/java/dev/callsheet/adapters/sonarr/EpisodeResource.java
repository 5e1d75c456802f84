package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/** The part of Sonarr's {@code EpisodeResource} we read. */
record EpisodeResource(
        @JsonProperty(required = true) int id,
        @JsonProperty(required = true) int seasonNumber,
        @JsonProperty(required = true) int episodeNumber,
        String title,
        LocalDate airDate,
        Instant airDateUtc,
        boolean monitored,
        boolean hasFile,
        int tvdbId,
        int episodeFileId) {

    SonarrEpisode toEpisode() {
        return new SonarrEpisode(
                id,
                seasonNumber,
                episodeNumber,
                title,
                airDate,
                airDateUtc,
                monitored,
                hasFile,
                // 0 in both: TheTVDB has no id for the episode yet; Sonarr has no file for it.
                tvdbId > 0 ? Long.valueOf(tvdbId) : null,
                episodeFileId > 0 ? Integer.valueOf(episodeFileId) : null);
    }
}
