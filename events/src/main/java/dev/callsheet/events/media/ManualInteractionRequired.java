package dev.callsheet.events.media;

/** A finished download cannot be imported without a person deciding; the item is stuck until then. Radarr/Sonarr {@code ManualInteractionRequired}; {@code status} is {@code Ok}, {@code Warning} or {@code Error}. */
public record ManualInteractionRequired(
        MediaInfo media, DownloadRef download, String status, java.util.List<String> messages, String sourceEventType)
        implements MediaEvent {}
