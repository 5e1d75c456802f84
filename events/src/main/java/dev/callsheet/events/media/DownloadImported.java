package dev.callsheet.events.media;

import java.util.List;

/**
 * Sonarr finished importing one download: every file it was going to import from it is in the
 * library, and each already had its own {@link EpisodesImported}. Sent once per download, after
 * them. Sonarr {@code Download} in its "import complete" shape ({@code episodeFiles}, {@code
 * fileCount}; "On Import Complete", Sonarr 4.0.6 and later).
 *
 * @param episodes the episodes of the grabbed release, which may include some no file was imported
 *     for (a pack with a missing or rejected file); never null
 * @param files the imported files, as many as Sonarr's {@code fileCount}. Sonarr does not say which
 *     episodes each holds: that is in the per-file facts. Never null
 */
public record DownloadImported(
        MediaInfo media,
        List<EpisodeRef> episodes,
        List<ImportedFile> files,
        Release release,
        DownloadRef download,
        String sourceEventType)
        implements MediaEvent {

    public DownloadImported {
        episodes = episodes == null ? List.of() : List.copyOf(episodes);
        files = files == null ? List.of() : List.copyOf(files);
    }
}
