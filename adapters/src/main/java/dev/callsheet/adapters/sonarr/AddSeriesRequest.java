package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import java.util.TreeSet;

/**
 * The body of {@code POST /api/v3/series}: the part of Sonarr's {@code SeriesResource} an add reads.
 *
 * <p>{@code addOptions} decide what Sonarr does once its first refresh of the series has ended. Both
 * searches off: nothing is searched at add, Callsheet searches itself. {@code monitor} "unknown" (the
 * default of {@code MonitorTypes} in v3.0.5 to v4) takes the path that keeps the seasons' flags as sent:
 * aired episodes are monitored, then every episode of an unmonitored season is unmonitored again. Any
 * other word overrides the flags: "none" unmonitors every season, "all" monitors every episode.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record AddSeriesRequest(
        String title,
        long tvdbId,
        int qualityProfileId,
        Integer languageProfileId,
        String rootFolderPath,
        boolean seasonFolder,
        boolean monitored,
        List<Season> seasons,
        AddOptions addOptions) {

    record Season(int seasonNumber, boolean monitored) {}

    record AddOptions(
            String monitor,
            boolean searchForMissingEpisodes,
            boolean searchForCutoffUnmetEpisodes,
            boolean ignoreEpisodesWithFiles,
            boolean ignoreEpisodesWithoutFiles) {}

    static AddSeriesRequest of(NewSeries series) {
        TreeSet<Integer> numbers = new TreeSet<>(series.seasons());
        numbers.addAll(series.monitoredSeasons());
        return new AddSeriesRequest(
                series.title(),
                series.tvdbId(),
                series.qualityProfileId(),
                series.languageProfileId(),
                series.rootFolderPath(),
                true,
                true,
                numbers.stream()
                        .map(number ->
                                new Season(number, series.monitoredSeasons().contains(number)))
                        .toList(),
                new AddOptions("unknown", false, false, false, false));
    }
}
