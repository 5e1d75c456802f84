package dev.callsheet.events.media;

/**
 * How a search stood when Callsheet read it back ({@code GET /api/v3/command/{id}}): still running,
 * or ended, with the arr's last word on it ({@code "0 reports downloaded"}), so that a search that
 * found nothing is on record too.
 *
 * @param commandId the {@code CheckSearch} this answers
 * @param searchId the search command whose arr command was read
 * @param arr the arr's product name ({@code Radarr}, {@code Sonarr})
 * @param status the arr's status word ({@code COMPLETED}, {@code FAILED}, {@code STARTED}), or {@code
 *     GONE} when the arr no longer has the command
 * @param ended whether the search is over, however it ended
 * @param message the arr's message; null when it gave none
 */
public record SearchChecked(
        MediaInfo media,
        String commandId,
        String searchId,
        String arr,
        String instance,
        int arrCommandId,
        String status,
        boolean ended,
        String message,
        String sourceEventType)
        implements MediaEvent {}
