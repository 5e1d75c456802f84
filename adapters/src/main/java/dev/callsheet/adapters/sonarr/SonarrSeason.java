package dev.callsheet.adapters.sonarr;

/**
 * One season of a {@link SonarrSeries}; season 0 holds the specials.
 *
 * @param monitored whether Sonarr looks for the season's missing episodes
 * @param episodes Sonarr's counts, or null when it sent none
 */
public record SonarrSeason(int seasonNumber, boolean monitored, EpisodeCounts episodes) {

    /**
     * Sonarr's episode counts for a season, as of the moment it answered.
     *
     * @param episodeCount the episodes Sonarr expects to have: monitored ones that have aired, and
     *     any that have a file
     * @param episodeFileCount the episodes that have a file
     * @param totalEpisodeCount all known episodes, aired or not, monitored or not
     */
    public record EpisodeCounts(int episodeCount, int episodeFileCount, int totalEpisodeCount) {}
}
