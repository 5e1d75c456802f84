package dev.callsheet.adapters.servarr;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;

/**
 * The part of the arrs' {@code CommandResource} we read; Radarr v3 to v5 and Sonarr v3 and v4 send
 * the same shape. Only {@code id} is required: a command in an answer has been queued, so it has an
 * id, which the arrs leave out only when it is 0. {@code status} and {@code queued} are C# value types
 * the arrs always write, but are boxed all the same: a command whose state cannot be read is still a
 * command, of {@link ServarrCommand.Status#UNKNOWN} state. {@code result} (Radarr 4.5.1+ and Sonarr
 * v4 only) and the echoed {@code body} are not read.
 */
record CommandResource(
        @JsonProperty(required = true) int id,
        String name,
        String status,
        Instant queued,
        Instant started,
        Instant ended,
        String message) {

    ServarrCommand toCommand() {
        return new ServarrCommand(id, name, ServarrCommand.Status.ofWord(status), queued, started, ended, message);
    }
}
