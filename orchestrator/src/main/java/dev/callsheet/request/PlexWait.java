package dev.callsheet.request;

import dev.callsheet.events.command.PlexTarget;
import java.time.Instant;

/**
 * An imported file the item waits to see confirmed in one Plex server: asked for on import, gone
 * once Plex confirmed it.
 *
 * @param commandId the id of the first {@code RescanPlexFolder} for it; every later ask for the same
 *     file has an id starting with it and a colon, so the facts answering any of them are its own
 * @param since when it was first asked for
 * @param lastAskedAt when it was last asked for
 * @param lastHeardAt when a Plex fact about it last arrived; null before the first
 * @param problem why Plex does not show it as watchable, once the adapter stopped looking; null while
 *     it is still looked for
 */
public record PlexWait(
        String instance,
        PlexTarget target,
        String commandId,
        Instant since,
        Instant lastAskedAt,
        Instant lastHeardAt,
        Attention problem) {

    /** Whether a fact from {@code instance} answering {@code answered} is about this file. */
    boolean answeredBy(String instance, String answered) {
        return this.instance.equals(instance)
                && answered != null
                && (answered.equals(commandId) || answered.startsWith(commandId + ":"));
    }

    boolean pending() {
        return problem == null;
    }

    /** When Plex or Callsheet last did anything about it. */
    Instant lastActivity() {
        return lastHeardAt != null && lastHeardAt.isAfter(lastAskedAt) ? lastHeardAt : lastAskedAt;
    }

    PlexWait asked(Instant at) {
        return new PlexWait(instance, target, commandId, since, at, lastHeardAt, problem);
    }

    PlexWait heard(Instant at) {
        return new PlexWait(instance, target, commandId, since, lastAskedAt, at, problem);
    }

    PlexWait failed(Attention why, Instant at) {
        return new PlexWait(instance, target, commandId, since, lastAskedAt, at, why);
    }
}
