package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The part of Sonarr's {@code EpisodeResource} we read. Only the ids and numbers every supported
 * version sends are required; the rest is boxed, so that absent and null both read as "not known".
 */
record EpisodeResource(
        @JsonProperty(required = true) int id,
        @JsonProperty(required = true) int seasonNumber,
        @JsonProperty(required = true) int episodeNumber,
        String title,
        LocalDate airDate,
        Instant airDateUtc,
        Boolean monitored,
        Boolean hasFile,
        Integer tvdbId,
        Integer episodeFileId) {

    SonarrEpisode toEpisode() {
        return new SonarrEpisode(
                id,
                seasonNumber,
                episodeNumber,
                title,
                airDate,
                airDateUtc,
                Boolean.TRUE.equals(monitored),
                Boolean.TRUE.equals(hasFile),
                // 0 in both: TheTVDB has no id for the episode yet; Sonarr has no file for it.
                tvdbId != null && tvdbId > 0 ? Long.valueOf(tvdbId) : null,
                episodeFileId != null && episodeFileId > 0 ? episodeFileId : null);
    }
}
