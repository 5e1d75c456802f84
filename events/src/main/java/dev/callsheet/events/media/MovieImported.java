package dev.callsheet.events.media;

/** Radarr imported a downloaded file into the library. Radarr {@code Download} ("On File Import"); {@code upgrade} is its {@code isUpgrade}: the file replaced an older one. */
public record MovieImported(
        MediaInfo media,
        ImportedFile file,
        boolean upgrade,
        Release release,
        DownloadRef download,
        String sourceEventType)
        implements MediaEvent {}
