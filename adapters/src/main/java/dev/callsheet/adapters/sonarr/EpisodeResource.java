package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.LocalDate;

/**
 * The part of Sonarr's {@code EpisodeResource} we read. Sonarr leaves out nulls but always writes C#
 * value types, so {@code id}, {@code seasonNumber} and {@code episodeNumber} (ints in every version
 * from v3.0.5 to v4) are in every answer and required. The rest is boxed, so that absent and null both
 * read as "not known": {@code tvdbId} is an int too, but only since v3.0.7; v3.0.5 and v3.0.6 send
 * none, and {@code title}, {@code airDate} and {@code airDateUtc} are left out while unknown.
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
