package dev.callsheet.events.media;

import java.util.List;

/**
 * An episode file was deleted, so the episodes it held have no file unless the deletion made way
 * for an upgrade. Sonarr {@code EpisodeFileDelete}; {@code reason} is its {@code deleteReason}
 * ({@code missingFromDisk}, {@code manual}, {@code upgrade}, …).
 *
 * @param episodes the episodes the file held; never null
 */
public record EpisodeFileDeleted(
        MediaInfo media, List<EpisodeRef> episodes, String path, String reason, String sourceEventType)
        implements MediaEvent {

    public EpisodeFileDeleted {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
