package dev.callsheet.adapters.sonarr;

import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * A series to add to Sonarr, monitoring only some of its seasons, or only its episodes not aired yet,
 * and searching for nothing.
 *
 * @param title the title, as the lookup found it (Sonarr refuses an empty one)
 * @param seasons every season the lookup found ({@link SonarrLookup#seasons()}): each is sent with its
 *     monitored flag, since a season left out of the add would be monitored by Sonarr's first refresh
 * @param monitoredSeasons the seasons to monitor; a number not in {@code seasons} is sent too
 * @param qualityProfileId the id of one of {@link SonarrClient#qualityProfiles()}
 * @param languageProfileId Sonarr v3's language profile, which it requires; null for v4, which has none,
 *     and then left out of the call
 * @param rootFolderPath the path of one of {@link SonarrClient#rootFolders()}, under which Sonarr makes
 *     the series' folder
 * @param onlyFuture monitor only the episodes outside the specials not aired yet when Sonarr's first
 *     refresh of the series ends, whatever {@code monitoredSeasons} say (Sonarr sets the seasons' flags
 *     itself then)
 */
public record NewSeries(
        String title,
        long tvdbId,
        List<Integer> seasons,
        Set<Integer> monitoredSeasons,
        int qualityProfileId,
        Integer languageProfileId,
        String rootFolderPath,
        boolean onlyFuture) {

    /** A series monitoring {@code monitoredSeasons}. */
    public NewSeries(
            String title,
            long tvdbId,
            List<Integer> seasons,
            Set<Integer> monitoredSeasons,
            int qualityProfileId,
            Integer languageProfileId,
            String rootFolderPath) {
        this(title, tvdbId, seasons, monitoredSeasons, qualityProfileId, languageProfileId, rootFolderPath, false);
    }

    public NewSeries {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(rootFolderPath, "rootFolderPath");
        seasons = List.copyOf(seasons);
        monitoredSeasons = Set.copyOf(monitoredSeasons);
        if (title.isBlank() || rootFolderPath.isBlank()) {
            throw new IllegalArgumentException("a new series needs a title and a root folder");
        }
        if (tvdbId <= 0 || qualityProfileId <= 0 || (languageProfileId != null && languageProfileId <= 0)) {
            throw new IllegalArgumentException("ids must be positive: tvdbId " + tvdbId + ", qualityProfileId "
                    + qualityProfileId + ", languageProfileId " + languageProfileId);
        }
        if (seasons.stream().anyMatch(season -> season < 0)
                || monitoredSeasons.stream().anyMatch(season -> season < 0)) {
            throw new IllegalArgumentException("season numbers cannot be negative");
        }
    }
}
