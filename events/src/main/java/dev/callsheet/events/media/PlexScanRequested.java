package dev.callsheet.events.media;

import java.time.Instant;
import java.util.List;

/**
 * Callsheet asked a Plex server to scan the folder of an imported file.
 *
 * @param commandId the {@code RescanPlexFolder} this answers
 * @param folder the folder as Plex sees it
 * @param episodes the episodes the file holds; empty for a movie
 * @param requestedAt when the scan was requested (a section is scanned for one folder at a time,
 *     so it may be later than the command)
 */
public record PlexScanRequested(
        MediaInfo media,
        String commandId,
        String instance,
        String section,
        String folder,
        List<EpisodeRef> episodes,
        Instant requestedAt,
        String sourceEventType)
        implements MediaEvent {

    public PlexScanRequested {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
