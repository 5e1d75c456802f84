package dev.callsheet.events.media;

/** Radarr sent a release to a download client. Radarr {@code Grab}. */
public record ReleaseGrabbed(MediaInfo media, Release release, DownloadRef download, String sourceEventType)
        implements MediaEvent {}
