package dev.callsheet.adapters.servarr;

import java.time.Instant;

/**
 * A command as Radarr or Sonarr has it in its command queue: a search, a refresh, a scan.
 *
 * @param id the arr's id of the command, what {@code GET /api/v3/command/{id}} takes
 * @param name the command's name as the arr writes it ({@code "MoviesSearch"}, {@code
 *     "EpisodeSearch"}); null when it sends none
 * @param queued when it was queued; null when not sent
 * @param started when it started; null until then
 * @param ended when it ended, however it ended; null until then
 * @param message the arr's last progress or completion message ({@code "Completed"}, or what the
 *     command said it did); null when it has none
 */
public record ServarrCommand(
        int id, String name, Status status, Instant queued, Instant started, Instant ended, String message) {

    /**
     * Where the command stands: the arr's {@code CommandStatus}, the same seven words in every
     * supported Radarr and Sonarr.
     */
    public enum Status {
        QUEUED,
        STARTED,
        COMPLETED,
        FAILED,
        ABORTED,
        CANCELLED,
        /** Running when the arr stopped; it is not run again. */
        ORPHANED,
        /** A word none of the supported versions uses, or none at all: not guessed at. */
        UNKNOWN;

        /** The status the arr writes as {@code word}, in any case; {@link #UNKNOWN} for any other word. */
        static Status ofWord(String word) {
            if (word != null) {
                for (Status status : values()) {
                    if (status != UNKNOWN && status.name().equalsIgnoreCase(word.strip())) {
                        return status;
                    }
                }
            }
            return UNKNOWN;
        }
    }

    /**
     * Whether the arr still has the command to run: queued or started. A command in any other state,
     * {@link Status#UNKNOWN} included, will not run (again) by itself.
     */
    public boolean pending() {
        return status == Status.QUEUED || status == Status.STARTED;
    }
}
