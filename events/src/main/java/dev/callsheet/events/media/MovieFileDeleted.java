package dev.callsheet.events.media;

/** A movie file was deleted. Radarr {@code MovieFileDelete}; {@code reason} is its {@code deleteReason} ({@code missingFromDisk}, {@code manual}, {@code upgrade}, …). */
public record MovieFileDeleted(MediaInfo media, String path, String reason, String sourceEventType)
        implements MediaEvent {}
