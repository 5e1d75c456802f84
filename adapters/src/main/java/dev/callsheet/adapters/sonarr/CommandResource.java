package dev.callsheet.adapters.sonarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The part of Sonarr's {@code CommandResource} we read, the same from v3.0.5 to v4: {@code id} (an int,
 * never 0 for a command Sonarr has taken), {@code name}, {@code status} (an enum, written as a camelCase
 * word), {@code queued} (a {@code DateTime}), {@code started} and {@code ended} (left out while null),
 * {@code message} (left out while null) and {@code body}, the command itself, written as its own class
 * by both serializers, so that a search's body carries what it searches for.
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

    /** The properties of {@code EpisodeSearchCommand} and {@code SeasonSearchCommand} we read. */
    record Body(List<Integer> episodeIds, Integer seriesId, Integer seasonNumber) {}

    ServarrCommand toCommand() {
        return new ServarrCommand(id, name, status(status), queued, started, ended, message);
    }

    /**
     * This command as a search that is queued or running; empty for any other command, for one that
     * has ended, and for a season search whose body does not say which season.
     */
    Optional<SonarrSearch> toPendingSearch() {
        ServarrCommand command = toCommand();
        if (command.status() != Status.QUEUED && command.status() != Status.STARTED) {
            return Optional.empty();
        }
        if (CommandRequest.EPISODE_SEARCH.equalsIgnoreCase(name)) {
            List<Integer> episodeIds = body == null || body.episodeIds() == null
                    ? List.of()
                    : body.episodeIds().stream().filter(id -> id != null).toList();
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

    // A word of a later version reads as UNKNOWN rather than making the whole list unreadable.
    private static Status status(String word) {
        return word == null
                ? Status.UNKNOWN
                : Arrays.stream(Status.values())
                        .filter(status -> status.name().equalsIgnoreCase(word.strip()))
                        .findFirst()
                        .orElse(Status.UNKNOWN);
    }
}
