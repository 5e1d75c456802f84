package dev.callsheet.adapters.sonarr;

import java.util.List;

/**
 * A series as Sonarr has it in its library.
 *
 * @param id Sonarr's own id, which its episode list is asked by
 * @param tmdbId null when Sonarr does not know it, and always from Sonarr v3 and v4 before 4.0.5,
 *     which do not send it
 * @param imdbId null when Sonarr does not know it
 * @param year the first-aired year; null when Sonarr does not know it
 * @param monitored whether Sonarr looks for the series' missing episodes at all
 */
public record SonarrSeries(
        int id,
        String title,
        long tvdbId,
        Long tmdbId,
        String imdbId,
        Integer year,
        boolean monitored,
        List<SonarrSeason> seasons) {

    public SonarrSeries {
        seasons = List.copyOf(seasons);
    }
}
