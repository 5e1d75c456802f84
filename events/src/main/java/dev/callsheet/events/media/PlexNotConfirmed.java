package dev.callsheet.events.media;

import java.util.List;

/**
 * A Plex server does not show an imported file as watchable, and Callsheet has stopped waiting: the
 * request is not called available, and an admin is told why.
 *
 * @param problem what is wrong
 * @param detail in words, for the admin: the path and the sections' locations, what Plex matched
 *     instead, how long Callsheet looked
 * @param path the file as the *arr app reported it
 * @param place where Plex has the item, when it has it (unmatched or mismatched); null otherwise
 * @param episodes the episodes the file holds; empty for a movie
 */
public record PlexNotConfirmed(
        MediaInfo media,
        String commandId,
        String instance,
        Problem problem,
        String detail,
        String path,
        PlexPlace place,
        List<EpisodeRef> episodes,
        String sourceEventType)
        implements MediaEvent {

    public PlexNotConfirmed {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }

    public enum Problem {
        /** The path maps into no section of the right type on this server. */
        PATH_UNMAPPED,
        /** Plex indexed the file but has not matched it to any ids within the grace period. */
        UNMATCHED,
        /** Plex matched the file to other ids than the *arr app's. */
        MISMATCHED,
        /** Plex did not show the file by the deadline, after one re-scan. */
        NOT_IN_LIBRARY
    }
}
