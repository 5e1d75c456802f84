package dev.callsheet.adapters.radarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import dev.callsheet.adapters.servarr.ServarrCommand;
import dev.callsheet.adapters.servarr.ServarrCommand.Status;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Radarr's {@code CommandResource} with its {@code body}, which Radarr v3 to v5 echo, so that a
 * queued search says which movies it is for. Only the searches still queued need it; the rest of the
 * command reads as the arrs' shared reading has it: {@code id} required, the status through {@link
 * Status#ofWord}.
 */
record SearchCommandResource(
        @JsonProperty(required = true) int id,
        String name,
        String status,
        Instant queued,
        Instant started,
        Instant ended,
        String message,
        Body body) {

    /** The property of {@code MoviesSearchCommand} we read. */
    record Body(List<Integer> movieIds) {}

    /** This command as a movie search that is queued or running; empty for any other command. */
    Optional<RadarrSearch> toPendingSearch() {
        ServarrCommand command = new ServarrCommand(id, name, Status.ofWord(status), queued, started, ended, message);
        if (!command.pending() || !MoviesSearchBody.NAME.equalsIgnoreCase(name)) {
            return Optional.empty();
        }
        List<Integer> movieIds = body == null || body.movieIds() == null
                ? List.of()
                : body.movieIds().stream().filter(Objects::nonNull).toList();
        return Optional.of(new RadarrSearch(command, movieIds));
    }
}
