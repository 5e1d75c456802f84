package dev.callsheet.events.media;

import java.time.Instant;
import java.util.List;

/**
 * A Plex server has indexed an imported file: the item exists, its metadata may not be matched yet.
 *
 * @param scanRequestedAt when the scan was requested; null when Callsheet did not scan
 * @param foundAt when the item was first seen
 */
public record PlexItemFound(
        MediaInfo media,
        String commandId,
        String instance,
        PlexPlace place,
        List<EpisodeRef> episodes,
        Instant scanRequestedAt,
        Instant foundAt,
        String sourceEventType)
        implements MediaEvent {

    public PlexItemFound {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
