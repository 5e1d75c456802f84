package dev.callsheet.adapters.sonarr;

import java.util.List;

/**
 * A series as Sonarr's lookup finds it on TheTVDB (through Sonarr's metadata service), whether or not it
 * is in Sonarr's library: what adding it takes.
 *
 * @param seriesId Sonarr's id when the series is already in its library (the lookup then answers the
 *     library's series); null when it is not
 * @param title the title Sonarr would add it under; null when the lookup sent none
 * @param year the first-aired year; null when not known
 * @param seasons the numbers of every season Sonarr knows of, specials (0) included, in Sonarr's order
 */
public record SonarrLookup(Integer seriesId, String title, long tvdbId, Integer year, List<Integer> seasons) {

    public SonarrLookup {
        seasons = List.copyOf(seasons);
    }

    /** Whether the series is in Sonarr's library already, so that adding it would be refused. */
    public boolean inLibrary() {
        return seriesId != null;
    }
}
