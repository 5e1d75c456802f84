package dev.callsheet.adapters.servarr;

import java.time.Instant;

/**
 * One command of a Radarr or Sonarr ({@code CommandResource} of {@code /api/v3/command}), as the arr
 * reports it: a search, a refresh, a scan. The arr keeps commands in memory (and in its database, for
 * a while), so the same id can be asked for again to learn how it ended.
 *
 * @param id the arr's id of the command, what {@code GET /api/v3/command/{id}} takes
 * @param name the command's name as the arr writes it ({@code "MoviesSearch"}, {@code
 *     "EpisodeSearch"}); null when it sends none, or a blank one
 * @param status where the command stands; {@link Status#UNKNOWN} for a word Callsheet does not know
 * @param queued when it was queued; null when the arr sent no time
 * @param started when it started; null while queued
 * @param ended when it ended, however it ended; null until then
 * @param message the arr's last progress or completion message ({@code "Completed"}, or what the
 *     command said it did: {@code "Completed search for 2 episodes. 0 reports downloaded."}); null when
 *     it has none, or a blank one
 */
public record ServarrCommand(
        int id, String name, Status status, Instant queued, Instant started, Instant ended, String message) {

    // Radarr's and Sonarr's readings of a command both come through here, so a blank reads alike in both.
    public ServarrCommand {
        name = blankToNull(name);
        message = blankToNull(message);
    }

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

        /**
         * The status the arr writes as {@code word}, in any case; {@link #UNKNOWN} for any other word,
         * so that a word of a later version does not make a whole list of commands unreadable.
         */
        public static Status ofWord(String word) {
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

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
