package dev.callsheet.adapters.sonarr;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One episode as Sonarr knows it.
 *
 * @param id Sonarr's own id (what its search commands take)
 * @param airDate the date it airs in its network's time zone; null while it has none
 * @param airDateUtc the moment it airs; null while it has none
 * @param monitored whether Sonarr looks for it
 * @param hasFile whether Sonarr has imported a file for it
 * @param tvdbId TheTVDB's id of the episode, the one Plex's {@code tvdb://} guid carries; null when
 *     TheTVDB has none yet, and always from Sonarr before 3.0.7, which does not send it
 * @param episodeFileId the id of its file in Sonarr; null without a file
 */
public record SonarrEpisode(
        int id,
        int seasonNumber,
        int episodeNumber,
        String title,
        LocalDate airDate,
        Instant airDateUtc,
        boolean monitored,
        boolean hasFile,
        Long tvdbId,
        Integer episodeFileId) {}
