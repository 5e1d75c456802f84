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
 *
 * <p>"future" ({@link NewSeries#onlyFuture()}) monitors, outside the specials, exactly the episodes
 * without an air time or airing from the moment the refresh ends ({@code airDateUtc >= now}), and
 * unmonitors the others; then it monitors the latest season and every season with a monitored episode,
 * and unmonitors the rest. It is the same in v3.0.5+ and v4, and v4's series keeps monitoring the
 * seasons it learns of later ({@code monitorNewItems} "all", its default).
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
                new AddOptions(series.onlyFuture() ? "future" : "unknown", false, false, false, false));
    }
}
