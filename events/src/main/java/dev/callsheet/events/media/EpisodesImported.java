package dev.callsheet.events.media;

import java.util.List;

/**
 * Sonarr imported one file into the library: the episodes it holds are imported. Sent once per
 * file, so a season pack gives one per episode file. Sonarr {@code Download} in its per-file shape
 * ("On File Import" / "On File Upgrade").
 *
 * @param episodes the episodes in this one file: two or more for a multi-episode file; never null
 * @param upgrade Sonarr's {@code isUpgrade}: the file replaced an older one of the same episodes,
 *     which were imported before
 * @param release the grabbed release; all null when Sonarr has no grab history for the file
 * @param download the download it came from; all null for a manual import of an untracked file
 */
public record EpisodesImported(
        MediaInfo media,
        List<EpisodeRef> episodes,
        ImportedFile file,
        boolean upgrade,
        Release release,
        DownloadRef download,
        String sourceEventType)
        implements MediaEvent {

    public EpisodesImported {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
    }
}
