package dev.callsheet.adapters.servarr;

import java.time.Instant;

/**
 * One command of a Radarr or Sonarr ({@code CommandResource} of {@code /api/v3/command}), as the arr
 * reports it: a search, a refresh, a scan. The arr keeps commands in memory (and in its database, for
 * a while), so the same id can be asked for again to learn how it ended.
 *
 * @param id the arr's id of the command
 * @param name the command's name as the arr writes it ({@code "EpisodeSearch"}, {@code "MoviesSearch"})
 * @param status where the command is; {@link Status#UNKNOWN} for a word Callsheet does not know
 * @param queued when it was queued; null when the arr sent no time
 * @param started when it started; null while queued
 * @param ended when it ended; null until then
 * @param message the arr's last word on it ({@code "Episode search completed. 0 reports downloaded."});
 *     null when it has none
 */
public record ServarrCommand(
        int id, String name, Status status, Instant queued, Instant started, Instant ended, String message) {

    /** The arrs' {@code CommandStatus}, the same in every supported version, plus UNKNOWN. */
    public enum Status {
        QUEUED,
        STARTED,
        COMPLETED,
        FAILED,
        ABORTED,
        CANCELLED,
        ORPHANED,
        UNKNOWN
    }
}
