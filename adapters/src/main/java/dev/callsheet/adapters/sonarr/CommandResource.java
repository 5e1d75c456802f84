package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Sonarr's {@code CommandResource} with its {@code body}, the command itself, which both Sonarr v3.0.5
 * and v4 write as its own class, so that a search's body carries what it searches for. Only the
 * searches still queued need it; every other command is read through the arrs' shared {@link
 * dev.callsheet.adapters.servarr.ServarrCommands}, and the rest of this one as it reads them: {@code
 * id} (never 0 for a command Sonarr has taken) required, and the status word through {@link
 * Status#ofWord}.
 */
record CommandResource(
        @JsonProperty(required = true) int id,
        String name,
        String status,
        Instant queued,
        Instant started,
        Instant ended,
        String message,
        Body body) {

    private static final String REFRESH_SERIES = "RefreshSeries";

    /**
     * The properties of {@code EpisodeSearchCommand}, {@code SeasonSearchCommand} and {@code
     * RefreshSeriesCommand} we read. A refresh names its series as {@code seriesId} in Sonarr v3 and as
     * {@code seriesIds} in v4.
     */
    record Body(List<Integer> episodeIds, Integer seriesId, Integer seasonNumber, List<Integer> seriesIds) {}

    /** Whether this is a refresh of series {@code seriesId} that is queued or running. */
    boolean refreshing(int seriesId) {
        if (!REFRESH_SERIES.equalsIgnoreCase(name) || body == null) {
            return false;
        }
        boolean pending =
                new ServarrCommand(id, name, Status.ofWord(status), queued, started, ended, message).pending();
        return pending
                && (Integer.valueOf(seriesId).equals(body.seriesId())
                        || body.seriesIds() != null && body.seriesIds().contains(seriesId));
    }

    /**
     * This command as a search that is queued or running; empty for any other command, for one that
     * has ended, and for a season search whose body does not say which season.
     */
    Optional<SonarrSearch> toPendingSearch() {
        ServarrCommand command = new ServarrCommand(id, name, Status.ofWord(status), queued, started, ended, message);
        if (!command.pending()) {
            return Optional.empty();
        }
        if (CommandRequest.EPISODE_SEARCH.equalsIgnoreCase(name)) {
            List<Integer> episodeIds = body == null || body.episodeIds() == null
                    ? List.of()
                    : body.episodeIds().stream().filter(Objects::nonNull).toList();
            return Optional.of(new SonarrSearch.Episodes(command, episodeIds));
        }
        if (CommandRequest.SEASON_SEARCH.equalsIgnoreCase(name)
                && body != null
                && body.seriesId() != null
                && body.seasonNumber() != null) {
            return Optional.of(new SonarrSearch.Season(command, body.seriesId(), body.seasonNumber()));
        }
        return Optional.empty();
    }
}
