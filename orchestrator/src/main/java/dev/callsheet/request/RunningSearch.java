package dev.callsheet.request;

import dev.callsheet.events.SourceKind;
import java.time.Instant;

/**
 * A search an arr took up whose outcome Callsheet has not read back yet.
 *
 * @param searchId the id of the search command
 * @param arrCommandId the arr's id of its command
 * @param lookedAt when it was taken up, then when its outcome was last asked for
 * @param checks how often its outcome was asked for
 */
public record RunningSearch(
        String searchId, SourceKind arr, String instance, int arrCommandId, Instant lookedAt, int checks) {

    RunningSearch checked(Instant at) {
        return new RunningSearch(searchId, arr, instance, arrCommandId, at, checks + 1);
    }
}
