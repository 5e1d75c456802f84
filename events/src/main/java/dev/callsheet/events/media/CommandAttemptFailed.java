package dev.callsheet.events.media;

import java.time.Duration;

/**
 * An attempt to carry out a command failed ("Sonarr unreachable, retrying in 30 s"). Recorded on the
 * timeline; the command is retried after {@code retryIn}, or, when that is null, given up.
 *
 * @param command the command's type name ({@code ResolveSeriesEpisodes})
 * @param attempt 1 for the first attempt
 * @param reason what went wrong, without secrets
 * @param unreadable where the service's answer could not be read; null when the attempt failed
 *     otherwise (unreachable, refused), and in facts written before it was recorded
 */
public record CommandAttemptFailed(
        MediaInfo media,
        String commandId,
        String command,
        int attempt,
        String reason,
        Duration retryIn,
        UnreadableAnswer unreadable,
        String sourceEventType)
        implements MediaEvent {}
